export * from './connection-config.ts';
export * from './driver.ts';
export * from './schema.ts';
