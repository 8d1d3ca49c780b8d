/** Help centers as Intercom renders them; `default` and `locales` exist from 2.16 on. */
import { atLeast } from '../api-version.js';
import type { ApiVersion } from '../api-version.js';
import type { HelpCenterRecord } from '../state.js';
import type { Workspace } from '../workspace.js';

export function renderHelpCenter(ws: Workspace, hc: HelpCenterRecord, version: ApiVersion): Record<string, unknown> {
  const body: Record<string, unknown> = {
    id: hc.id,
    workspace_id: ws.workspaceId,
    created_at: hc.created_at,
    updated_at: hc.updated_at,
    identifier: hc.identifier,
    website_turned_on: hc.website_turned_on,
    display_name: hc.display_name,
    url: hc.custom_domain ? `https://${hc.custom_domain}` : hc.url,
    custom_domain: hc.custom_domain,
  };
  if (atLeast(version, '2.16')) {
    body['default'] = hc.default;
    body['locales'] = [...hc.locales];
  }
  return body;
}
