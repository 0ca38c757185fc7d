export * from './clear-database.ts';
export * from './connection-config.ts';
export * from './driver.ts';
export * from './evidence-store.ts';
export * from './schema.ts';
export * from './store-fingerprint.ts';
