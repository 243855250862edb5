/** fallbackCharsetDetector: core's own guess when no detector is installed. */
import type { CharsetDetector } from './charset-detector.js';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Core's fallback detector: valid UTF-8 (including plain ASCII and empty input) → `utf-8`,
 * anything else → `windows-1252`. Install @reqs/encoding for real detection.
 *
 * @example
 * fallbackCharsetDetector.detect(new Uint8Array([0xe9])); // 'windows-1252'
 */
export const fallbackCharsetDetector: CharsetDetector = {
  detect(bytes: Uint8Array): string {
    try {
      strictUtf8.decode(bytes);
      return 'utf-8';
    } catch {
      return 'windows-1252';
    }
  },
};
