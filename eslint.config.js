import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX from 'eslint-plugin-import-x';

const banned = (names, message) => names.map((name) => ({ name, message }));

/**
 * The layers, lowest first: each imports only from those below it (bulletproof-react's
 * enforced import zones). rules ← machines, locales ← components ← app (src/app and the
 * entry files at the top of src/); the command lines (src/cli) use rules and locales.
 */
const LAYERS = {
  rules: ['./src/rules'],
  machines: ['./src/machines'],
  locales: ['./src/locales'],
  components: ['./src/components'],
  app: ['./src/app', './src/*.ts', './src/*.tsx'],
  cli: ['./src/cli'],
};
const zone = (target, notFrom, message) =>
  notFrom.flatMap((layer) => LAYERS[layer].map((from) => ({ target: LAYERS[target], from, message: `${message} (not ${layer})` })));

/** File and folder names are kebab-case (a dot may join parts: `wizard.machine.ts`, `vite.config.ts`). */
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$/;
const local = {
  rules: {
    'kebab-case-files': {
      meta: { type: 'suggestion', schema: [], messages: { name: '"{{part}}" is not kebab-case: files and folders are named like this-one.ts' } },
      create(context) {
        const rel = context.filename.slice(context.cwd.length + 1).split(/[\\/]/);
        return {
          Program(node) {
            for (const part of rel) {
              const name = part.replace(/\.(d\.ts|tsx?|jsx?|mjs|cjs)$/, '');
              if (!KEBAB.test(name)) context.report({ node, messageId: 'name', data: { part } });
            }
          },
        };
      },
    },
  },
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'schemas/**', 'coverage/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.{ts,tsx,js}'],
    plugins: { local },
    rules: { 'local/kebab-case-files': 'error' },
  },
  {
    // The start page's inline loader: a classic script in the browser, inlined as it is.
    files: ['src/post-paint.js'],
    languageOptions: {
      sourceType: 'script',
      globals: Object.fromEntries(
        ['document', 'window', 'Element', 'HTMLInputElement', 'PerformanceObserver', 'setTimeout', 'requestAnimationFrame'].map((g) => [g, 'readonly']),
      ),
    },
  },
  {
    // The shape of src/: import zones per layer, and no import circle (dynamic imports count).
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...zone('rules', ['machines', 'locales', 'components', 'app', 'cli'], 'rules import nothing above them'),
            ...zone('machines', ['locales', 'components', 'app', 'cli'], 'machines route only: they import rules'),
            ...zone('locales', ['machines', 'components', 'app', 'cli'], 'locales use rules only'),
            ...zone('components', ['app', 'cli'], 'components are below the app'),
            ...zone('cli', ['machines', 'components', 'app'], 'the command lines use rules and locales'),
            ...zone('app', ['cli'], 'the app does not use the command lines'),
          ],
        },
      ],
    },
  },
  {
    // The rules layer is pure: no UI, state-machine or i18n library.
    files: ['src/rules/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: banned(['react', 'react-dom', 'xstate', '@xstate/react', 'i18next', 'react-i18next'],
            'src/rules is pure TypeScript.'),
          patterns: [{ group: ['**/machines/**', '**/components/**', '**/locales/**', '**/cli/**', '**/app/**'], message: 'rules import nothing above them.' }],
        },
      ],
    },
  },
  {
    // Machines route only: they may use rules, never components.
    files: ['src/machines/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/components/**', '**/app/**', '**/locales/**', 'react', 'react-dom'], message: 'machines import rules only.' }] },
      ],
    },
  },
);
