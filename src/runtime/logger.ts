/** Where the domain writes what it is doing. The GitHub implementation lives in ./github.ts. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  /** Runs `work` inside a collapsible log group named `title`. */
  group<T>(title: string, work: () => Promise<T>): Promise<T>;
}

export type LogLevel = 'debug' | 'info' | 'warning' | 'error' | 'group';

export interface LogLine {
  readonly level: LogLevel;
  readonly message: string;
}

/** A logger that keeps every line, for tests and for replaying a run into a report. */
export class RecordingLogger implements Logger {
  readonly lines: LogLine[] = [];

  debug(message: string): void {
    this.lines.push({ level: 'debug', message });
  }
  info(message: string): void {
    this.lines.push({ level: 'info', message });
  }
  warning(message: string): void {
    this.lines.push({ level: 'warning', message });
  }
  error(message: string): void {
    this.lines.push({ level: 'error', message });
  }
  async group<T>(title: string, work: () => Promise<T>): Promise<T> {
    this.lines.push({ level: 'group', message: title });
    return work();
  }

  /** Every message at the given level, in order. */
  messages(level?: LogLevel): string[] {
    return this.lines.filter((l) => level === undefined || l.level === level).map((l) => l.message);
  }
}
