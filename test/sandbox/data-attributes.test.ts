import { describe, expect, it } from 'vitest';
import { sandboxOpener } from './support/sandbox-client.js';

const sandboxes = sandboxOpener();
const open = sandboxes.open;

const names = (body: any): string[] => body.data.map((a: any) => a.full_name);

describe('data attributes', () => {
  it('lists the built-in attributes of a fresh workspace, without ids, per model', async () => {
    const api = await open();
    const contact = (await api.get('/data_attributes?model=contact')).body;
    expect(contact.type).toBe('list');
    expect(names(contact)).toEqual(expect.arrayContaining(['name', 'email', 'phone', 'external_id', 'signed_up_at']));
    expect(contact.data.every((a: any) => a.custom === false && a.id === undefined && a.model === 'contact')).toBe(true);
    const company = (await api.get('/data_attributes?model=company')).body;
    expect(names(company)).toEqual(expect.arrayContaining(['name', 'company_id', 'plan.name', 'monthly_spend']));
    expect((await api.get('/data_attributes?model=conversation')).body.data).toEqual([]);
    expect((await api.get('/data_attributes?model=ticket')).status).toBe(400);
  });

  it('answers the response data type: options as string with options, datetime as date', async () => {
    const api = await open();
    const tier = await api.post('/data_attributes', { name: 'plan_tier', model: 'contact', data_type: 'options', options: [{ value: 'free' }, { value: 'pro' }] });
    expect(tier.status).toBe(200);
    expect(tier.body).toMatchObject({ name: 'plan_tier', full_name: 'custom_attributes.plan_tier', label: 'plan_tier', data_type: 'string', options: ['free', 'pro'], custom: true, archived: false, messenger_writable: false, model: 'contact' });
    expect(typeof tier.body.id).toBe('number');
    expect(tier.body).not.toHaveProperty('description');
    const demo = await api.post('/data_attributes', { name: 'last_demo_at', model: 'contact', data_type: 'datetime', description: 'Last demo' });
    expect(demo.body).toMatchObject({ data_type: 'date', description: 'Last demo' });
    expect(demo.body).not.toHaveProperty('options');
    // The sandbox's own state keeps the type as created.
    expect(sandboxes.current.snapshot().data_attributes.filter((a) => a.custom).map((a) => a.data_type)).toEqual(['options', 'datetime']);
  });

  it('refuses duplicate names across contact and company, bad names, bad types and single options', async () => {
    const api = await open();
    await api.post('/data_attributes', { name: 'The One Ring', model: 'company', data_type: 'string' });
    const same = await api.post('/data_attributes', { name: 'The One Ring', model: 'contact', data_type: 'integer' });
    expect(same.status).toBe(400);
    expect(same.body.errors[0]).toEqual({
      code: 'parameter_invalid',
      message: "You already have 'The One Ring' in your company data. To save this as new people data, use a different name.",
    });
    expect((await api.post('/data_attributes', { name: 'email', model: 'contact', data_type: 'string' })).status).toBe(400);
    expect((await api.post('/data_attributes', { name: '!nv@l!d n@me', model: 'company', data_type: 'string' })).body.errors[0].message).toMatch(/alphanumeric/);
    expect((await api.post('/data_attributes', { name: 'x', model: 'company', data_type: 'mithril' })).body.errors[0].message).toBe("Data Type isn't an option");
    expect((await api.post('/data_attributes', { name: 'x', model: 'conversation', data_type: 'string' })).body.errors[0].message).toMatch(/contact or company/);
    const one = await api.post('/data_attributes', { name: 'band', model: 'company', data_type: 'options', options: [{ value: '1-10' }] });
    expect(one.status).toBe(400);
    expect((await api.post('/data_attributes', { model: 'company', data_type: 'string' })).body.errors[0].code).toBe('parameter_not_found');
  });

  it('updates description, messenger_writable and options; name, model and type stay fixed', async () => {
    const api = await open();
    const created = (await api.post('/data_attributes', { name: 'tier', model: 'company', data_type: 'options', options: [{ value: 'a' }, { value: 'b' }] })).body;
    const updated = await api.put(`/data_attributes/${created.id}`, {
      description: 'Tier',
      messenger_writable: true,
      options: [{ value: 'b' }, { value: 'c' }],
      name: 'renamed',
      data_type: 'integer',
      model: 'contact',
    });
    expect(updated.body).toMatchObject({ id: created.id, name: 'tier', model: 'company', data_type: 'string', description: 'Tier', messenger_writable: true, options: ['b', 'c'] });
    expect((await api.put(`/data_attributes/${created.id}`, { options: { value: 'x' } })).body.errors[0].message).toBe("Options isn't an array");
    const plain = (await api.post('/data_attributes', { name: 'seats', model: 'company', data_type: 'integer' })).body;
    expect((await api.put(`/data_attributes/${plain.id}`, { options: [{ value: 'a' }, { value: 'b' }] })).status).toBe(400);
    const missing = await api.put('/data_attributes/999999', { description: 'x' });
    expect(missing.status).toBe(404);
    expect(missing.body.errors[0]).toEqual({ code: 'field_not_found', message: "We couldn't find that data attribute to update" });
  });

  it('hides archived attributes unless include_archived=true, and unarchives', async () => {
    const api = await open();
    const created = (await api.post('/data_attributes', { name: 'old_score', model: 'contact', data_type: 'integer' })).body;
    expect((await api.put(`/data_attributes/${created.id}`, { archived: true })).body.archived).toBe(true);
    expect(names((await api.get('/data_attributes?model=contact')).body)).not.toContain('custom_attributes.old_score');
    expect(names((await api.get('/data_attributes?model=contact&include_archived=true')).body)).toContain('custom_attributes.old_score');
    expect((await api.put(`/data_attributes/${created.id}`, { archived: false })).body.archived).toBe(false);
  });

  it('answers 422 when archiving an attribute something depends on, and changes nothing', async () => {
    const api = await open({ seed: { data_attributes: [{ model: 'company', name: 'legacy_id', data_type: 'string', has_dependants: true }] } });
    const [legacy] = (await api.get('/data_attributes?model=company')).body.data.filter((a: any) => a.custom);
    const refused = await api.put(`/data_attributes/${legacy.id}`, { archived: true, description: 'gone' });
    expect(refused.status).toBe(422);
    expect(refused.body.errors[0].code).toBe('data_invalid');
    expect(sandboxes.current.snapshot().data_attributes.find((a) => a.name === 'legacy_id')).toMatchObject({ archived: false, description: null });
  });

  it('keeps conversation attributes read-only', async () => {
    const api = await open({ seed: { data_attributes: [{ model: 'conversation', name: 'Escalation reason', data_type: 'string' }] } });
    const [reason] = (await api.get('/data_attributes?model=conversation')).body.data;
    expect(reason).toMatchObject({ model: 'conversation', custom: true });
    expect((await api.put(`/data_attributes/${reason.id}`, { description: 'x' })).status).toBe(400);
  });

  it('caps live custom attributes per workspace by default; archived ones do not count', async () => {
    const api = await open({ dataAttributeLimit: { max: 3 } });
    const ids: number[] = [];
    for (const [name, model] of [['a', 'contact'], ['b', 'company'], ['c', 'contact']]) {
      ids.push((await api.post('/data_attributes', { name, model, data_type: 'string' })).body.id);
    }
    const over = await api.post('/data_attributes', { name: 'd', model: 'company', data_type: 'string' });
    expect(over.status).toBe(400);
    expect(over.body.errors[0].message).toBe('You have reached the limit of 3 custom data attributes in this workspace. Archive attributes you no longer use to make room.');
    await api.put(`/data_attributes/${ids[0]}`, { archived: true });
    expect((await api.post('/data_attributes', { name: 'd', model: 'company', data_type: 'string' })).status).toBe(200);
    // Unarchiving needs room too.
    expect((await api.put(`/data_attributes/${ids[0]}`, { archived: false })).status).toBe(400);
  });

  it('can cap per model instead', async () => {
    const api = await open({ dataAttributeLimit: { max: 1, scope: 'model' } });
    expect((await api.post('/data_attributes', { name: 'a', model: 'contact', data_type: 'string' })).status).toBe(200);
    expect((await api.post('/data_attributes', { name: 'b', model: 'company', data_type: 'string' })).status).toBe(200);
    const over = await api.post('/data_attributes', { name: 'c', model: 'contact', data_type: 'string' });
    expect(over.body.errors[0].message).toMatch(/limit of 1 custom data attributes in people data/);
  });
});
