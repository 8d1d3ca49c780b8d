/**
 * The in-memory workspace: the state plus id indexes, the clock and a revision counter
 * that tells the server a request changed something that must be persisted.
 */
import type { CollectionRecord, HelpCenterRecord, SandboxState, TicketStateRecord, TicketTypeRecord } from './state.js';

export type Clock = () => number;

export class Workspace {
  readonly state: SandboxState;
  /** Bumped by every mutation; the server persists when it moved during a request. */
  revision = 0;
  private readonly clock: Clock;
  private readonly ticketTypes = new Map<string, TicketTypeRecord>();
  private readonly collections = new Map<string, CollectionRecord>();
  private readonly helpCenters = new Map<string, HelpCenterRecord>();
  private readonly ticketStates = new Map<string, TicketStateRecord>();

  constructor(state: SandboxState, clock: Clock = Date.now) {
    this.state = state;
    this.clock = clock;
    for (const tt of state.ticket_types) this.ticketTypes.set(tt.id, tt);
    for (const c of state.collections) this.collections.set(c.id, c);
    for (const hc of state.help_centers) this.helpCenters.set(hc.id, hc);
    for (const s of state.ticket_states) this.ticketStates.set(s.id, s);
  }

  get workspaceId(): string {
    return this.state.workspace_id;
  }

  /** Current time in Unix seconds, as Intercom timestamps are. */
  nowSeconds(): number {
    return Math.floor(this.clock() / 1000);
  }

  nextId(): string {
    const id = this.state.next_id;
    this.state.next_id = id + 1;
    return String(id);
  }

  nextSeq(): number {
    const seq = this.state.next_seq;
    this.state.next_seq = seq + 1;
    return seq;
  }

  /** Ensures ids given explicitly (seed) are never handed out again. */
  reserveId(id: string): void {
    const n = Number(id);
    if (Number.isSafeInteger(n) && n >= this.state.next_id) this.state.next_id = n + 1;
  }

  markChanged(): void {
    this.revision += 1;
  }

  private readonly sorted = new Map<string, { revision: number; source: readonly unknown[]; length: number; items: readonly unknown[] }>();

  /**
   * `items` in `compare` order, sorted once per revision: the pages of one listing, read
   * together, share one sort instead of each sorting thousands of records again.
   */
  sortedOnce<T>(key: string, items: readonly T[], compare: (a: T, b: T) => number): readonly T[] {
    const cached = this.sorted.get(key);
    if (cached && cached.revision === this.revision && cached.source === items && cached.length === items.length) return cached.items as readonly T[];
    const sorted = [...items].sort(compare);
    this.sorted.set(key, { revision: this.revision, source: items, length: items.length, items: sorted });
    return sorted;
  }

  ticketType(id: string): TicketTypeRecord | undefined {
    return this.ticketTypes.get(id);
  }

  collection(id: string): CollectionRecord | undefined {
    return this.collections.get(id);
  }

  helpCenter(id: string): HelpCenterRecord | undefined {
    return this.helpCenters.get(id);
  }

  ticketState(id: string): TicketStateRecord | undefined {
    return this.ticketStates.get(id);
  }

  /** The help center used when a request names none: the one marked default, else the first. */
  defaultHelpCenter(): HelpCenterRecord | undefined {
    return this.state.help_centers.find((hc) => hc.default) ?? this.state.help_centers[0];
  }

  addTicketType(record: TicketTypeRecord): void {
    this.state.ticket_types.push(record);
    this.ticketTypes.set(record.id, record);
    this.markChanged();
  }

  addCollection(record: CollectionRecord): void {
    this.state.collections.push(record);
    this.collections.set(record.id, record);
    this.markChanged();
  }

  removeCollection(id: string): void {
    const index = this.state.collections.findIndex((c) => c.id === id);
    if (index >= 0) this.state.collections.splice(index, 1);
    this.collections.delete(id);
    this.markChanged();
  }

  addHelpCenter(record: HelpCenterRecord): void {
    this.state.help_centers.push(record);
    this.helpCenters.set(record.id, record);
    this.markChanged();
  }

  addTicketState(record: TicketStateRecord): void {
    this.state.ticket_states.push(record);
    this.ticketStates.set(record.id, record);
    this.markChanged();
  }

  replaceHelpCenters(records: HelpCenterRecord[]): void {
    this.state.help_centers = [];
    this.helpCenters.clear();
    for (const r of records) this.addHelpCenter(r);
  }

  childrenOf(id: string): CollectionRecord[] {
    return this.state.collections.filter((c) => c.parent_id === id);
  }
}
