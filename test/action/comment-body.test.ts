import { describe, expect, test } from 'vitest';
import { applyComment, COMMENT_LIMIT, failureComment, fit, marker } from '../../action/src/comment-body.js';

const RUN = 'https://github.example/o/r/actions/runs/1';

describe('comment bodies', () => {
  test('the marker cannot be closed or imitated by names', () => {
    const mark = marker('plan', { workspace: 'x --> <b>', config: 'a b/c.yaml' });
    expect(mark).toBe('<!-- intercom-config-action:plan workspace=x%20--%3E%20%3Cb%3E config=a%20b%2Fc.yaml -->');
    expect(mark.indexOf('-->')).toBe(mark.length - 3);
    expect(marker('plan', { workspace: 'a', config: 'c' })).not.toBe(marker('drift', { workspace: 'a', config: 'c' }));
  });

  test('an error is shown verbatim: backticks in it cannot end its block', () => {
    const body = failureComment('<!-- m -->', 'plan', 'prod', 'Error: bad ``` value\n<script>', RUN);
    expect(body).toContain('````text\nError: bad ``` value\n<script>\n````');
  });

  test('every body stays under the limit, cut at a line with an open fence closed and a link to the run', () => {
    const huge = Array.from({ length: 5000 }, (_, i) => `line ${i} ${'x'.repeat(20)}`).join('\n');
    const body = failureComment('<!-- m -->', 'plan', 'prod', huge, RUN);
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body).toMatch(/\n```\n\n> \[!NOTE\]\n> This comment was cut to stay under GitHub's size limit\. Everything is in \[the run\]\(https:\/\/github\.example\/o\/r\/actions\/runs\/1\)\.\n$/);
    expect(fit('short', RUN)).toBe('short');
  });

  test('an apply result lists what was applied, what failed and what was not attempted, escaped', () => {
    const body = applyComment(
      '<!-- m -->',
      {
        outcome: 'failed',
        workspace: 'staging',
        error: 'Error: 1 change failed',
        result: {
          format_version: 1,
          workspace: 'staging',
          applied: [{ kind: 'ticket_type', action: 'create', name: 'Bug <b>report</b>', id: '7' }],
          failed: [{ kind: 'ticket_type_attribute', action: 'create', name: 'Severity', ticket_type: 'Bug', error: 'HTTP 500 | retry later' }],
          not_attempted: [{ kind: 'collection', action: 'create', name: 'Install', help_center: 'acme', path: ['Start', 'Install'] }],
          remaining: [{ kind: 'ticket_state', action: 'manual', name: 'With engineering', reason: 'missing' }],
        },
      },
      RUN,
    );
    expect(body).toContain('### ❌ Apply to <code>staging</code> failed');
    expect(body).toContain('Apply: 1 applied, 1 failed, 1 not attempted, 1 manual step(s) remaining.');
    expect(body).toContain('- create ticket type <code>Bug &lt;b&gt;report&lt;/b&gt;</code> (id <code>7</code>)');
    expect(body).toContain('- create ticket type attribute <code>Bug › Severity</code> — <code>HTTP 500 &#124; retry later</code>');
    expect(body).toContain('**Not attempted (1)**\n\n- create collection <code>acme: Start / Install</code>');
    expect(body).toContain('**Manual steps remaining (1)**');
  });

  test('an interrupted apply says so, lists what was done and what was not, and says how to finish', () => {
    const result = {
      format_version: 1 as const,
      workspace: 'production',
      applied: [{ kind: 'ticket_type' as const, action: 'create' as const, name: 'Bug', id: '7' }],
      failed: [],
      not_attempted: [{ kind: 'ticket_type' as const, action: 'create' as const, name: 'Idea' }],
      remaining: [],
      interrupted: true as const,
    };
    const body = applyComment('<!-- m -->', { outcome: 'interrupted', workspace: 'production', result }, RUN);
    expect(body).toContain('### ⚠️ Apply to <code>production</code> was interrupted');
    expect(body).toContain('Apply interrupted: 1 applied, 0 failed, 1 not attempted.');
    expect(body).toContain('The workflow run was cancelled. No write started after that');
    expect(body).toContain('run the apply again to do the rest');
    expect(body).toContain('**Not attempted (1)**\n\n- create ticket type <code>Idea</code>');
  });

  test('an apply stopped before it could report says writes may have been sent, and shows its last words', () => {
    const error = 'Exiting at once. 3 write(s) were in flight and may have happened. Run plan to see what is left.';
    const body = applyComment('<!-- m -->', { outcome: 'interrupted', workspace: 'production', error }, RUN);
    expect(body).toContain('### ⚠️ Apply to <code>production</code> was interrupted');
    expect(body).toContain('Apply interrupted before intercom-config could report');
    expect(body).toContain('Writes may have been sent: run a plan to see what is left.');
    expect(body).toContain(`\`\`\`text\n${error}\n\`\`\``);
  });
});
