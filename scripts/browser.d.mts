import type { BrowserContext } from "playwright-core";
export declare const CHROMIUM: string;
export declare function browserUnavailable(): string | undefined;
export declare function launchChromium(): Promise<{ context: BrowserContext; close(): Promise<void> }>;
export declare function serveSite(outDir: string, extraFiles?: Record<string, string>): Promise<{ url: string; close(): Promise<void> }>;
