import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const banned = (names, message) => names.map((name) => ({ name, message }));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'schemas/**', 'coverage/**'] },
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
    // The rules layer is pure: no UI, state-machine or i18n library.
    files: ['src/rules/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: banned(['react', 'react-dom', 'xstate', '@xstate/react', 'i18next', 'react-i18next'],
            'src/rules is pure TypeScript.'),
          patterns: [{ group: ['**/machines/**', '**/components/**', '**/locales/**', '**/cli/**'], message: 'rules import nothing above them.' }],
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
        { patterns: [{ group: ['**/components/**', 'react', 'react-dom'], message: 'machines import rules only.' }] },
      ],
    },
  },
);
