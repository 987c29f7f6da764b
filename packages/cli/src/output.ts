/** Where a command writes: the binary passes the process streams, tests pass a buffer. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
}

/** An Output that keeps everything written, for in-process tests and callers that want strings. */
export interface BufferedOutput extends Output {
  readonly stdout: string;
  readonly stderr: string;
}

export function bufferedOutput(): BufferedOutput {
  let stdout = "";
  let stderr = "";
  return {
    out: (text) => {
      stdout += text;
    },
    err: (text) => {
      stderr += text;
    },
    get stdout() {
      return stdout;
    },
    get stderr() {
      return stderr;
    },
  };
}
