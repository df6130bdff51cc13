// The lint config is the architecture's guard: each boundary the README draws is tried here with an import that breaks it.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

/** The rule ids ESLint reports for `code` as if it were the file at `filePath` (relative to the repository). */
async function rulesBroken(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('import boundaries, on resolved paths', () => {
  it.each([
    ['src/feed/new-file.ts', "import { rollUp } from '../stats/roll-up';\nexport const x = rollUp;\n"],
    ['src/stats/new-file.ts', "import { useT } from '../ui/use-t';\nexport const x = useT;\n"],
    ['src/stats/new-file.ts', "export const load = () => import('../dashboard/main');\n"],
    ['src/queries/new-file.ts', "import { startWidget } from '../widget/widget-app';\nexport const x = startWidget;\n"],
    ['src/kiosk/new-file.ts', "export const load = () => import('../dashboard/charts/dashboard-charts');\n"],
    ['src/widget/new-file.ts', "import { useState } from 'react';\nexport const x = useState;\n"],
    ['src/widget/new-file.ts', "import { create } from 'zustand';\nexport const x = create;\n"],
    ['src/widget/new-file.ts', "import { useT } from '../ui/use-t';\nexport const x = useT;\n"],
    ['src/dossiers/new-file.ts', "import { create } from 'zustand';\nexport const x = create;\n"],
    ['src/embed/new-file.ts', "import { formatCount } from '../i18n/format';\nexport const x = formatCount;\n"],
    ['mocks/new-file.ts', "import { useT } from '../src/ui/use-t';\nexport const x = useT;\n"],
  ])('%s: %s is refused', async (filePath, code) => {
    expect(await rulesBroken(filePath, code)).toContain('import-x/no-restricted-paths');
  });

  it('lets data walk down: a page reads the engine, the engine reads the feed model', async () => {
    expect(await rulesBroken('src/kiosk/new-file.ts', "import { rollUp } from '../stats/roll-up';\nexport const x = rollUp;\n")).toEqual(
      [],
    );
    expect(
      await rulesBroken('src/stats/new-file.ts', "import type { FeedModel } from '../feed/feed-model';\nexport type X = FeedModel;\n"),
    ).toEqual([]);
  });

  it('the widget reads embed.js protocol, its one shared file, and nothing else of embed/', async () => {
    expect(
      await rulesBroken('src/widget/new-file.ts', "import { EMBED_ID } from '../embed/embed-protocol';\nexport const x = EMBED_ID;\n"),
    ).toEqual([]);
    expect(
      await rulesBroken(
        'src/widget/new-file.ts',
        "import { placeWidgets } from '../embed/place-widgets';\nexport const x = placeWidgets;\n",
      ),
    ).toContain('import-x/no-restricted-paths');
  });

  it('keeps Node and browser APIs out of the rules and the engine', async () => {
    expect(
      await rulesBroken('src/dossiers/new-file.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"),
    ).toContain('no-restricted-imports');
    expect(await rulesBroken('src/stats/new-file.ts', 'export const x = () => fetch("feed.json");\n')).toContain('no-restricted-globals');
  });
});

describe('no import cycles', () => {
  it('refuses a module that imports one that imports it back', async () => {
    // parse-feed.ts imports month.ts: month.ts importing parse-feed.ts would close a cycle.
    const code = "import { parseFeedText } from './parse-feed';\nexport const x = parseFeedText;\n";
    expect(await rulesBroken('src/feed/month.ts', code)).toContain('import-x/no-cycle');
  });
});
