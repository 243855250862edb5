// Asks for a password on the terminal without echoing it (HTTPie prompts when --auth has no password).

/** Reads one line from a TTY stdin in raw mode, echoing nothing; Ctrl-C or Ctrl-D aborts. */
export function promptPassword(
  prompt: string,
  stdin: NodeJS.ReadStream,
  stderr: NodeJS.WriteStream,
): Promise<string> {
  // Raw mode first: what is typed after the prompt appears is never echoed.
  stdin.setRawMode(true);
  stdin.resume();
  stderr.write(prompt);
  let typed = '';
  return new Promise((resolve, reject) => {
    const finish = (error: Error | null) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      stderr.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: Buffer) => {
      for (const ch of chunk.toString('utf8')) {
        if (ch === '\r' || ch === '\n') return finish(null);
        if (ch === '\u0003' || ch === '\u0004') return finish(new Error('password prompt aborted'));
        if (ch === '\u007f' || ch === '\b') typed = typed.slice(0, -1);
        else typed += ch;
      }
    };
    stdin.on('data', onData);
  });
}
