/** Where a problem is: the file, the line, and the path of the value inside the file. */
export interface Problem {
  file: string;
  line: number;
  path: string;
  message: string;
}

export class InvalidRealmConfig extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map(formatProblem).join("\n"));
  }
}

export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}: ${problem.path ? `${problem.path}: ` : ""}${problem.message}`;
}
