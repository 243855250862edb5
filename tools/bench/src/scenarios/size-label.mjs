// Byte counts for titles: "256 MiB", "1 GiB", "4 MiB".

/** @param {number} bytes */
export function mib(bytes) {
  const MiB = 1024 * 1024;
  if (bytes >= 1024 * MiB && bytes % (1024 * MiB) === 0) return `${bytes / (1024 * MiB)} GiB`;
  if (bytes >= MiB) return `${+(bytes / MiB).toFixed(1)} MiB`;
  return `${+(bytes / 1024).toFixed(1)} KiB`;
}
