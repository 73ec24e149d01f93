import type { Said } from "../messages/said";

/** Where a problem is: the file, the line, and the path of the value inside the file; and what it is. */
export interface Problem {
  file: string;
  line: number;
  path: string;
  message: Said;
}

/** realm-config/ refused, with every problem of every file; the commands word them. */
export class InvalidRealmConfig extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map(({ file, line, path, message }) => `${file}:${line}: ${path} ${message.code}`).join("\n"));
  }
}
