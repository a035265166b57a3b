const UNITS = ['byte', 'KB', 'MB', 'GB'];

/** A file size as Vietnamese readers write it: "830 byte", "12,4 KB", "3,1 MB" (1 KB = 1,024 bytes). */
export function formatSize(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const shown = unit === 0 ? String(value) : value.toLocaleString('vi-VN', { maximumFractionDigits: 1 });
  return `${shown} ${UNITS[unit]}`;
}
