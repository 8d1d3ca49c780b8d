import * as z from 'zod';
import { description, name, scope } from '../../config/parts/schema-parts.js';

/** The models a config can declare attributes for, in plan and export order. */
export const DATA_ATTRIBUTE_MODELS = ['contact', 'company', 'conversation'] as const;
export type DataAttributeModelName = (typeof DATA_ATTRIBUTE_MODELS)[number];

/** The types `create_data_attribute_request` accepts (Intercom answers with fewer: see fields.ts). */
export const DATA_ATTRIBUTE_TYPES = ['string', 'integer', 'float', 'boolean', 'date', 'datetime', 'options'] as const;
export type DataAttributeType = (typeof DATA_ATTRIBUTE_TYPES)[number];

export const dataAttributeSchema = z
  .strictObject({
    name: name(
      'Attribute name; identifies the attribute within its model, and contact and company attributes share one set of names. Fixed once created.',
    ),
    previous_names: z
      .array(name('A former name.'))
      .optional()
      .describe(
        'Former names. Intercom cannot rename a data attribute: if a live attribute still has one of these names, the plan stops and says how to migrate.',
      ),
    description: description('Help text shown with the attribute in Intercom.'),
    data_type: z
      .enum(DATA_ATTRIBUTE_TYPES)
      .describe(
        'Kind of value. Fixed once created: to change it, add an attribute under a new name, copy the values, and archive this one. Intercom reports options attributes as string and datetime as date; both match.',
      ),
    options: z
      .array(name('An option value.'))
      .optional()
      .describe('options attributes only (and required for them): at least two values, compared as a set.'),
    messenger_writable: z.boolean().optional().describe('The Messenger may set this attribute.'),
    archived: z
      .boolean()
      .optional()
      .describe('Archive the attribute (values are kept; it no longer counts towards the 250 limit); false brings it back. Attributes cannot be deleted.'),
    workspaces: scope,
  })
  .meta({ id: 'data_attribute', description: 'A custom data attribute, matched by model and name.' });

export type DesiredDataAttribute = z.output<typeof dataAttributeSchema>;

const modelList = (what: string) => z.array(dataAttributeSchema).optional().describe(what);

export const dataAttributesSection = {
  data_attributes: z
    .strictObject({
      contact: modelList('Custom attributes of people (users and leads).'),
      company: modelList('Custom attributes of companies.'),
      conversation: modelList(
        'Conversation attributes: verified only (the API cannot write them before 2.16); a difference is a manual step.',
      ),
    })
    .optional()
    .describe('Custom data attributes per model. Built-in attributes are Intercom\'s own and cannot be declared.'),
};

export type DesiredDataAttributes = NonNullable<z.output<(typeof dataAttributesSection)['data_attributes']>>;
