/**
 * What differs between the models a data attribute belongs to: where it is read from,
 * who holds its values, where Intercom's settings show it, and whether the API can write
 * it. Everything else about data attributes is the same for every model.
 */
import type { LiveDataAttribute } from '../../client/live-types.js';
import type { LiveFamily, LiveState } from '../live-families.js';
import type { DataAttributeModelName } from './schema.js';

export interface ModelFacts {
  /** The listing of this model's attributes (archived ones included). */
  family: LiveFamily;
  /** Who holds the values, for messages: "people", "companies". */
  holders: string;
  /** Where Intercom's settings list the model's attributes. */
  settings: string;
}

export const MODELS: Record<DataAttributeModelName, ModelFacts> = {
  contact: { family: 'contactDataAttributes', holders: 'people', settings: 'Settings → Data → People' },
  company: { family: 'companyDataAttributes', holders: 'companies', settings: 'Settings → Data → Companies' },
  conversation: { family: 'conversationDataAttributes', holders: 'conversations', settings: 'Settings → Data → Conversations' },
};

/**
 * Contact and company attributes share one set of names (Intercom refuses a contact
 * attribute named like a company one, naming the model that has it) and, as Intercom's
 * help centre words the limit, one count of custom attributes per workspace.
 */
export const SHARED_MODELS = ['contact', 'company'] as const satisfies readonly DataAttributeModelName[];

export function isShared(model: DataAttributeModelName): boolean {
  return (SHARED_MODELS as readonly string[]).includes(model);
}

/**
 * Models whose attributes this tool creates and updates (`create_data_attribute_request`
 * takes contact and company only); conversation attributes are verified only. API 2.16
 * moves them to `/conversations/attributes` (create, update, archive): writing them there
 * would make this depend on the API version and add the writes to kind.ts.
 */
export function isWritable(model: DataAttributeModelName): boolean {
  return isShared(model);
}

/**
 * Whether `GET /data_attributes?model=conversation` works: from 2.16 it answers 422 and
 * points at `/conversations/attributes`, which this tool does not read yet. Preview
 * follows 2.16.
 */
export function listsConversationAttributes(apiVersion: string): boolean {
  return apiVersion !== 'Preview' && Number(apiVersion) < 2.16;
}

/** A model's attributes as read, or undefined when its listing was not read. */
export function liveAttributes(live: LiveState, model: DataAttributeModelName): readonly LiveDataAttribute[] | undefined {
  return live[MODELS[model].family] as readonly LiveDataAttribute[] | undefined;
}

/** A custom attribute: one with an id. */
export type CustomAttribute = LiveDataAttribute & { id: string };

/** Custom attributes have ids; Intercom's own (`custom: false`) never do and are never touched. */
export function isCustom(attribute: LiveDataAttribute): attribute is CustomAttribute {
  return attribute.custom && attribute.id !== null;
}

/**
 * Intercom's own attribute names per model, for the offline check: the person and company
 * fields of the 2.14 `contact` and `company` schemas and the 2.14 list example. A plan
 * also refuses any name a live built-in attribute has, so a name missing here is still
 * caught before the first write.
 */
export const BUILT_IN_NAMES: Record<DataAttributeModelName, readonly string[]> = {
  contact: [
    'id', 'external_id', 'workspace_id', 'role', 'email', 'email_domain', 'phone', 'name', 'owner_id', 'avatar',
    'has_hard_bounced', 'marked_email_as_spam', 'unsubscribed_from_emails', 'created_at', 'updated_at',
    'signed_up_at', 'last_seen_at', 'last_replied_at', 'last_contacted_at', 'last_email_opened_at',
    'last_email_clicked_at', 'language_override', 'browser', 'browser_version', 'browser_language', 'os',
    'android_app_name', 'android_app_version', 'android_device', 'android_os_version', 'android_sdk_version',
    'android_last_seen_at', 'ios_app_name', 'ios_app_version', 'ios_device', 'ios_os_version', 'ios_sdk_version',
    'ios_last_seen_at',
  ],
  company: [
    'id', 'name', 'app_id', 'company_id', 'plan', 'remote_created_at', 'created_at', 'updated_at',
    'last_request_at', 'size', 'website', 'industry', 'monthly_spend', 'session_count', 'user_count',
  ],
  conversation: [],
};
