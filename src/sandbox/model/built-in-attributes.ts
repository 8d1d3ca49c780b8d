/**
 * The standard (`custom: false`) data attributes a fresh workspace lists. Company names,
 * labels and types follow the 2.14 list example; contact ones are the person fields of
 * the Contacts API. Descriptions are our own. Built-ins have no id and cannot be updated.
 */
import type { DataAttributeModel, DataAttributeRecord, DataAttributeType } from '../content-records.js';

type BuiltIn = [name: string, label: string, type: DataAttributeType, apiWritable: boolean, description: string, fullName?: string];

const CONTACT: BuiltIn[] = [
  ['name', 'Name', 'string', true, 'Full name of the person'],
  ['email', 'Email', 'string', true, 'Email address of the person'],
  ['phone', 'Phone', 'string', true, 'Phone number of the person'],
  ['external_id', 'User ID', 'string', true, 'Your own identifier for the person'],
  ['role', 'Role', 'string', true, 'Whether the contact is a user or a lead'],
  ['signed_up_at', 'Signed up', 'date', true, 'When the person signed up in your product'],
  ['last_seen_at', 'Last seen', 'date', true, 'When the person was last active'],
  ['created_at', 'First seen', 'date', false, 'When the contact was created in Intercom'],
  ['updated_at', 'Updated at', 'date', false, 'When the contact last changed'],
  ['unsubscribed_from_emails', 'Unsubscribed from emails', 'boolean', true, 'Whether the person opted out of email'],
  ['language_override', 'Language override', 'string', true, 'Language the Messenger uses for the person'],
  ['owner_id', 'Owner', 'integer', true, 'Teammate who owns the contact'],
];

const COMPANY: BuiltIn[] = [
  ['name', 'Company name', 'string', true, 'Name of the company'],
  ['company_id', 'Company ID', 'string', false, 'Your own identifier for the company'],
  ['last_request_at', 'Company last seen', 'date', false, 'When someone from the company was last active'],
  ['remote_created_at', 'Company created at', 'date', true, 'When the company was created in your product'],
  ['user_count', 'People', 'integer', false, 'How many people belong to the company'],
  ['session_count', 'Company web sessions', 'integer', false, 'Visits by people of the company'],
  ['name', 'Plan', 'string', false, 'Plan the company is on', 'plan.name'],
  ['monthly_spend', 'Monthly Spend', 'float', true, 'Revenue from the company per month'],
  ['size', 'Company size', 'integer', true, 'Number of employees'],
  ['industry', 'Company industry', 'string', true, 'Industry of the company'],
  ['website', 'Company website', 'string', true, 'Web address of the company'],
  ['id', 'ID', 'string', false, 'Intercom identifier of the company'],
  ['created_at', 'Created at', 'date', false, 'When the company was added to Intercom'],
  ['updated_at', 'Updated at', 'date', false, 'When the company last changed'],
  ['id', 'Plan ID', 'string', false, 'Intercom identifier of the plan', 'plan.id'],
  ['app_id', 'App ID', 'string', false, 'Identifier of the workspace'],
];

export function builtInAttributes(): DataAttributeRecord[] {
  const build = (model: DataAttributeModel, rows: BuiltIn[]): DataAttributeRecord[] =>
    rows.map(([name, label, type, apiWritable, description, fullName]) => ({
      id: null,
      model,
      name,
      full_name: fullName ?? name,
      label,
      description,
      data_type: type,
      options: null,
      api_writable: apiWritable,
      ui_writable: false,
      messenger_writable: true,
      custom: false,
      archived: false,
      has_dependants: false,
      admin_id: null,
      created_at: null,
      updated_at: null,
    }));
  return [...build('contact', CONTACT), ...build('company', COMPANY)];
}
