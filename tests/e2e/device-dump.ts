import type { Page } from '@playwright/test';

/**
 * Everything this origin keeps on the device, as text: every IndexedDB database and store (binary
 * values decoded byte by byte), Cache Storage, localStorage, sessionStorage and cookies. What a
 * person holding the laptop could read without the passphrase.
 */
export async function dumpDeviceStorage(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const parts: string[] = [];
    const bytesToText = (bytes: Uint8Array) =>
      Array.from(bytes, (byte) => String.fromCharCode(byte)).join('');
    const visit = async (value: unknown): Promise<void> => {
      if (value === null || value === undefined) return;
      if (typeof value === 'string') parts.push(value);
      else if (typeof value === 'number' || typeof value === 'boolean') parts.push(String(value));
      else if (value instanceof ArrayBuffer) parts.push(bytesToText(new Uint8Array(value)));
      else if (ArrayBuffer.isView(value))
        parts.push(bytesToText(new Uint8Array(value.buffer, value.byteOffset, value.byteLength)));
      else if (value instanceof Blob)
        parts.push(bytesToText(new Uint8Array(await value.arrayBuffer())));
      else if (Array.isArray(value)) for (const item of value) await visit(item);
      else if (typeof value === 'object')
        for (const item of Object.values(value)) await visit(item);
    };
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(info.name as string);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () =>
          reject(new Error(request.error?.message ?? 'IndexedDB request failed'));
      });
      for (const storeName of Array.from(db.objectStoreNames)) {
        const rows = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(storeName, 'readonly').objectStore(storeName).getAll();
          request.onsuccess = () => resolve(request.result as unknown[]);
          request.onerror = () =>
            reject(new Error(request.error?.message ?? 'IndexedDB request failed'));
        });
        parts.push(`[${info.name}/${storeName}: ${rows.length} rows]`);
        await visit(rows);
      }
      db.close();
    }
    for (const cacheName of await caches.keys()) {
      const cache = await caches.open(cacheName);
      for (const request of await cache.keys()) {
        parts.push(request.url);
        const response = await cache.match(request);
        if (response) parts.push(await response.text());
      }
    }
    for (const storage of [localStorage, sessionStorage]) {
      for (let index = 0; index < storage.length; index += 1) {
        const key = storage.key(index);
        if (key !== null) parts.push(key, storage.getItem(key) ?? '');
      }
    }
    parts.push(document.cookie);
    return parts.join('\n');
  });
}
