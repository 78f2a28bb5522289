/**
 * The command-line reference, generated from the CLI's own definition (createProgram in src/cli/program.ts):
 * every command and subcommand (`hub start`) with its usage, arguments and options, so the page lists whatever commands exist at build time
 * and cannot drift from `htfds --help`.
 */
import { Help, type Command } from 'commander';
import { mdxCell, mdxCode, mdxText } from '../mdx.js';
import { render } from '../render.js';
import { CLI_PAGE } from '../site-paths.js';
import type { DocsFile } from './docs-file.js';

const defaultText = (value: unknown, description?: string) => (description ? description : value === undefined ? '' : Array.isArray(value) ? value.join(', ') : String(value));

/** The view of one command: usage, arguments and options, escaped for MDX. `parents` names the commands it is under (`hub` for `hub start`). */
export function commandView(program: Command, command: Command, parents: string[] = []) {
  const help = new Help();
  const name = [...parents, command.name()].join(' ');
  return {
    name,
    anchor: `htfds-${name.replace(/ /g, '-')}`,
    description: mdxText(command.description()),
    usage: `${program.name()} ${name} ${command.usage()}`,
    arguments: command.registeredArguments.map((a) => ({
      name: mdxCode(`${a.required ? '<' : '['}${a.name()}${a.variadic ? '...' : ''}${a.required ? '>' : ']'}`),
      description: mdxCell(a.description),
      required: a.required ? 'yes' : 'no',
      defaultValue: mdxCell(defaultText(a.defaultValue, a.defaultValueDescription)),
    })),
    options: help.visibleOptions(command).map((o) => ({
      flags: mdxCode(o.flags),
      description: mdxCell(o.description),
      required: o.mandatory ? 'yes' : 'no',
      defaultValue: mdxCell(defaultText(o.defaultValue, o.defaultValueDescription)),
      choices: o.argChoices ? o.argChoices.map(mdxCode).join(', ') : ' ',
    })),
  };
}

const visible = (command: Command) => command.commands.filter((c) => !(c as unknown as { _hidden?: boolean })._hidden);

/** A command and, after it, each of its subcommands (at any depth), as the reader types them. */
function commandViews(program: Command, command: Command, parents: string[] = []): ReturnType<typeof commandView>[] {
  const path = [...parents, command.name()];
  return [commandView(program, command, parents), ...visible(command).flatMap((sub) => commandViews(program, sub, path))];
}

/** The CLI reference page for `program`. */
export function cliPage(program: Command): DocsFile {
  return {
    path: CLI_PAGE,
    content: render('cli-page', {
      name: program.name(),
      description: mdxText(program.description()),
      commands: visible(program).flatMap((c) => commandViews(program, c)),
    }),
  };
}
