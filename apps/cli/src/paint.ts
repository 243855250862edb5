// ANSI colors through picocolors, switched on or off per output stream.
import pc from 'picocolors';

/** The colors used for messages; identity functions when colors are off. */
export type Paint = ReturnType<typeof pc.createColors>;

/** Colors for one stream. */
export function createPaint(enabled: boolean): Paint {
  return pc.createColors(enabled);
}
