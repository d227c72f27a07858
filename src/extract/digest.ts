import { hash } from 'node:crypto';

/** The hex SHA-256 that identifies a source: of its bytes, or of a text's UTF-8 (one call, no hash object). */
export function sha256(data: Uint8Array | string): string {
  return hash('sha256', data, 'hex');
}
