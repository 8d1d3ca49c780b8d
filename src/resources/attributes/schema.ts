import * as z from 'zod';
import { description, name, previousNames, scope } from '../../config/parts/schema-parts.js';

export const ATTRIBUTE_DATA_TYPES = ['string', 'list', 'integer', 'decimal', 'boolean', 'datetime', 'files'] as const;
export type AttributeDataType = (typeof ATTRIBUTE_DATA_TYPES)[number];

/** The built-in attributes every ticket type gets; the config can never declare or touch them. */
export const BUILT_IN_ATTRIBUTE_NAMES = ['_default_title_', '_default_description_'] as const;

export const attributeSchema = z
  .strictObject({
    name: name('Attribute name, unique within its ticket type; identifies the attribute.'),
    previous_names: previousNames('attribute'),
    description: description('Help text shown with the attribute. Intercom requires one when the attribute is created.'),
    data_type: z
      .enum(ATTRIBUTE_DATA_TYPES)
      .describe('Kind of value. Cannot be changed once the attribute exists: to change it, add a new attribute and archive this one.'),
    required_to_create: z.boolean().optional().describe('Teammates must fill it in when creating a ticket.'),
    required_to_create_for_contacts: z.boolean().optional().describe('Customers must fill it in when creating a ticket from the Messenger.'),
    visible_on_create: z.boolean().optional().describe('Shown in the ticket creation form.'),
    visible_to_contacts: z.boolean().optional().describe('Shown to customers.'),
    multiline: z.boolean().optional().describe('string attributes only: a multi-line text box.'),
    list_items: z
      .array(name('An option label. Commas are not allowed (Intercom receives the options as one comma-separated text).'))
      .optional()
      .describe('list attributes only (and required for them): the option labels, in order.'),
    allow_multiple_values: z.boolean().optional().describe('files attributes only: accept more than one file.'),
    archived: z.boolean().optional().describe('Archive the attribute (hidden from new tickets, kept on existing ones); false brings it back.'),
    workspaces: scope,
  })
  .describe('A custom attribute of a ticket type.');

export type DesiredAttribute = z.output<typeof attributeSchema>;
