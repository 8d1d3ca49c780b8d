/**
 * The file `intercom-config init` writes: runnable at once against the embedded sandbox,
 * one example of each resource kind, and a real workspace left commented out until the
 * user has a token. `command` is how the user runs the CLI (`npx intercom-config`) and
 * `configFlag` names a file other than the default (` -c ops/staging.yaml`), so the
 * commands in its comments can be pasted as they are.
 */
export function starterConfig(schemaRef: string, command = 'intercom-config', configFlag = ''): string {
  const plan = `${command} plan${configFlag}`.padEnd(39);
  const apply = `${command} apply --auto-approve${configFlag}`.padEnd(39);
  return `# yaml-language-server: $schema=${schemaRef}
#
# Written by \`intercom-config init\`. It runs as is against a local sandbox:
#   ${plan} # what would change
#   ${apply} # make it so
# Then uncomment the production workspace, set INTERCOM_TOKEN and run
#   ${command} plan -w production${configFlag}
version: 1
api_version: "2.14"
default_workspace: sandbox

workspaces:
  sandbox:
    # A local, stateful stand-in for Intercom kept in this file (add .intercom/ to .gitignore).
    sandbox: .intercom/sandbox.json
  # production:
  #   region: us                       # us | eu | au: where the workspace is hosted
  #   token: \${INTERCOM_TOKEN}         # read from the environment; never write a token here

# Checked, not created: the API cannot create or change ticket states, so the plan
# lists a missing one as a manual step.
ticket_states:
  - internal_label: In progress
    external_label: In progress
    category: in_progress             # submitted | in_progress | waiting_on_customer | resolved

# Matched by name; fields you leave out are not managed.
ticket_types:
  - name: Bug report
    description: Something is broken
    category: Customer                # Customer | Back-office | Tracker
    icon: "🐞"
    attributes:
      - name: Severity
        description: How bad is it?
        data_type: list               # string | list | integer | decimal | boolean | datetime | files
        list_items: [Low, Medium, High]
        required_to_create: true
        visible_to_contacts: true
      - name: Steps to reproduce
        description: What happened, and what did you expect?
        data_type: string
        multiline: true

# Custom attributes of people (contact) and companies, matched by name. Names and types
# are fixed once created; archived: true archives (attributes cannot be deleted).
data_attributes:
  contact:
    - name: plan_tier
      description: Billing plan of the person
      data_type: options              # string | integer | float | boolean | date | datetime | options
      options: [free, pro, enterprise]
  company:
    - name: seats
      description: Licensed seats
      data_type: integer

# Collections in the workspace's default help center; nest them up to three levels.
help_center:
  collections:
    - name: Getting started
      description: First steps with the product
      collections:
        - name: Installation
          description: Set it up
  # Articles in Markdown (inline, or \`body_file:\` next to this file), by collection path and title.
  # Authors are teammates, named by email: use your own before planning a real workspace.
  default_author: ada@example.com
  articles:
    - title: Install the app
      collection: [Getting started, Installation]
      state: draft                    # published | draft
      body: |
        Download the app, sign in, and you are ready.
`;
}
