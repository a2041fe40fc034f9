// `npm run lint` (part of `npm test`): ESLint with typescript-eslint for mistakes, and ESLint Stylistic as the
// formatter, set to the style the code is written in (2 spaces, single quotes, semicolons, trailing commas in
// multi-line lists, no line length limit). `npm run lint -- --fix` applies the fixable ones.
import js from '@eslint/js';
import stylistic from '@stylistic/eslint-plugin';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['node_modules/**', 'out/**', 'dist/**', 'dist-vsix/**', '.bench/**', '.vscode-test/**', 'test/fixtures/**', 'test/cdk/corpus/**', 'test/cdk/holdout/**', 'test/terraform/**', 'syntaxes/**/*.json', '**/*.d.ts'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: {
        // Node for scripts, tests, the CLI and the server; the browser side is checked by
        // test/unit/architecture/browser.test.ts (no Node global in server/src/service or shared/).
        console: 'readonly', process: 'readonly', Buffer: 'readonly', __dirname: 'readonly', __filename: 'readonly', require: 'readonly', module: 'writable',
        setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', setImmediate: 'readonly', queueMicrotask: 'readonly',
        URL: 'readonly', TextEncoder: 'readonly', TextDecoder: 'readonly', globalThis: 'readonly', structuredClone: 'readonly', performance: 'readonly', fetch: 'readonly',
      },
    },
    plugins: { '@stylistic': stylistic },
    rules: {
      // Mistakes.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-namespace': ['error', { allowDeclarations: true }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-constant-condition': ['error', { checkLoops: false }],
      // Control characters in patterns are deliberate here (NUL as a hole marker, JSON's forbidden characters).
      'no-control-regex': 'off',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      // The house style (formatting).
      '@stylistic/semi': ['error', 'always'],
      '@stylistic/quotes': ['error', 'single', { avoidEscape: true, allowTemplateLiterals: 'always' }],
      '@stylistic/comma-dangle': ['error', 'always-multiline'],
      '@stylistic/eol-last': 'error',
      '@stylistic/no-trailing-spaces': 'error',
      '@stylistic/no-tabs': 'error',
      '@stylistic/indent': ['error', 2, { SwitchCase: 1, flatTernaryExpressions: true, offsetTernaryExpressions: false, ignoredNodes: ['TemplateLiteral *', 'ConditionalExpression', 'ConditionalExpression *'] }],
      '@stylistic/brace-style': ['error', '1tbs', { allowSingleLine: true }],
      '@stylistic/keyword-spacing': 'error',
      '@stylistic/space-before-blocks': 'error',
      '@stylistic/space-infix-ops': 'error',
      '@stylistic/comma-spacing': 'error',
      '@stylistic/semi-spacing': 'error',
      '@stylistic/key-spacing': 'error',
      '@stylistic/arrow-parens': ['error', 'always'],
      '@stylistic/arrow-spacing': 'error',
      '@stylistic/member-delimiter-style': 'error',
      '@stylistic/type-annotation-spacing': 'error',
      '@stylistic/no-multiple-empty-lines': ['error', { max: 1, maxEOF: 0 }],
    },
  },
  {
    // The custom LSP messages follow vscode-eslint's shared/customMessages.ts: a namespace per message.
    files: ['shared/protocol.ts'],
    rules: { '@typescript-eslint/no-namespace': 'off' },
  },
  {
    // Tables of data, written compactly on purpose (one entry a line): only the mistake rules apply.
    files: ['server/src/service/knowledge/samPolicyTemplates.ts', 'server/src/service/knowledge/iamManagedPolicies.ts', 'test/unit/render/velocity17Renders.ts', 'test/unit/vtl/velocity17Verdicts.ts'],
    rules: Object.fromEntries(Object.keys(stylistic.rules).map((rule) => [`@stylistic/${rule}`, 'off'])),
  },
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
