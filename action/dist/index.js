import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};
var __export = (target, all) => {
  for (var name2 in all)
    __defProp(target, name2, { get: all[name2], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/deep-diff/index.js
var require_deep_diff = __commonJS({
  "node_modules/deep-diff/index.js"(exports, module) {
    (function(root, factory) {
      var deepDiff2 = factory(root);
      if (typeof define === "function" && define.amd) {
        define("DeepDiff", function() {
          return deepDiff2;
        });
      } else if (typeof exports === "object" || typeof navigator === "object" && navigator.product.match(/ReactNative/i)) {
        module.exports = deepDiff2;
      } else {
        var _deepdiff = root.DeepDiff;
        deepDiff2.noConflict = function() {
          if (root.DeepDiff === deepDiff2) {
            root.DeepDiff = _deepdiff;
          }
          return deepDiff2;
        };
        root.DeepDiff = deepDiff2;
      }
    })(exports, function(root) {
      var validKinds = ["N", "E", "A", "D"];
      function inherits(ctor, superCtor) {
        ctor.super_ = superCtor;
        ctor.prototype = Object.create(superCtor.prototype, {
          constructor: {
            value: ctor,
            enumerable: false,
            writable: true,
            configurable: true
          }
        });
      }
      function Diff(kind, path) {
        Object.defineProperty(this, "kind", {
          value: kind,
          enumerable: true
        });
        if (path && path.length) {
          Object.defineProperty(this, "path", {
            value: path,
            enumerable: true
          });
        }
      }
      function DiffEdit(path, origin, value) {
        DiffEdit.super_.call(this, "E", path);
        Object.defineProperty(this, "lhs", {
          value: origin,
          enumerable: true
        });
        Object.defineProperty(this, "rhs", {
          value,
          enumerable: true
        });
      }
      inherits(DiffEdit, Diff);
      function DiffNew(path, value) {
        DiffNew.super_.call(this, "N", path);
        Object.defineProperty(this, "rhs", {
          value,
          enumerable: true
        });
      }
      inherits(DiffNew, Diff);
      function DiffDeleted(path, value) {
        DiffDeleted.super_.call(this, "D", path);
        Object.defineProperty(this, "lhs", {
          value,
          enumerable: true
        });
      }
      inherits(DiffDeleted, Diff);
      function DiffArray(path, index, item) {
        DiffArray.super_.call(this, "A", path);
        Object.defineProperty(this, "index", {
          value: index,
          enumerable: true
        });
        Object.defineProperty(this, "item", {
          value: item,
          enumerable: true
        });
      }
      inherits(DiffArray, Diff);
      function arrayRemove(arr, from, to) {
        var rest = arr.slice((to || from) + 1 || arr.length);
        arr.length = from < 0 ? arr.length + from : from;
        arr.push.apply(arr, rest);
        return arr;
      }
      function realTypeOf(subject) {
        var type = typeof subject;
        if (type !== "object") {
          return type;
        }
        if (subject === Math) {
          return "math";
        } else if (subject === null) {
          return "null";
        } else if (Array.isArray(subject)) {
          return "array";
        } else if (Object.prototype.toString.call(subject) === "[object Date]") {
          return "date";
        } else if (typeof subject.toString === "function" && /^\/.*\//.test(subject.toString())) {
          return "regexp";
        }
        return "object";
      }
      function hashThisString(string3) {
        var hash = 0;
        if (string3.length === 0) {
          return hash;
        }
        for (var i = 0; i < string3.length; i++) {
          var char = string3.charCodeAt(i);
          hash = (hash << 5) - hash + char;
          hash = hash & hash;
        }
        return hash;
      }
      function getOrderIndependentHash(object) {
        var accum = 0;
        var type = realTypeOf(object);
        if (type === "array") {
          object.forEach(function(item) {
            accum += getOrderIndependentHash(item);
          });
          var arrayString = "[type: array, hash: " + accum + "]";
          return accum + hashThisString(arrayString);
        }
        if (type === "object") {
          for (var key in object) {
            if (object.hasOwnProperty(key)) {
              var keyValueString = "[ type: object, key: " + key + ", value hash: " + getOrderIndependentHash(object[key]) + "]";
              accum += hashThisString(keyValueString);
            }
          }
          return accum;
        }
        var stringToHash = "[ type: " + type + " ; value: " + object + "]";
        return accum + hashThisString(stringToHash);
      }
      function deepDiff2(lhs, rhs, changes, prefilter, path, key, stack, orderIndependent) {
        changes = changes || [];
        path = path || [];
        stack = stack || [];
        var currentPath = path.slice(0);
        if (typeof key !== "undefined" && key !== null) {
          if (prefilter) {
            if (typeof prefilter === "function" && prefilter(currentPath, key)) {
              return;
            } else if (typeof prefilter === "object") {
              if (prefilter.prefilter && prefilter.prefilter(currentPath, key)) {
                return;
              }
              if (prefilter.normalize) {
                var alt = prefilter.normalize(currentPath, key, lhs, rhs);
                if (alt) {
                  lhs = alt[0];
                  rhs = alt[1];
                }
              }
            }
          }
          currentPath.push(key);
        }
        if (realTypeOf(lhs) === "regexp" && realTypeOf(rhs) === "regexp") {
          lhs = lhs.toString();
          rhs = rhs.toString();
        }
        var ltype = typeof lhs;
        var rtype = typeof rhs;
        var i, j, k, other;
        var ldefined = ltype !== "undefined" || stack && stack.length > 0 && stack[stack.length - 1].lhs && Object.getOwnPropertyDescriptor(stack[stack.length - 1].lhs, key);
        var rdefined = rtype !== "undefined" || stack && stack.length > 0 && stack[stack.length - 1].rhs && Object.getOwnPropertyDescriptor(stack[stack.length - 1].rhs, key);
        if (!ldefined && rdefined) {
          changes.push(new DiffNew(currentPath, rhs));
        } else if (!rdefined && ldefined) {
          changes.push(new DiffDeleted(currentPath, lhs));
        } else if (realTypeOf(lhs) !== realTypeOf(rhs)) {
          changes.push(new DiffEdit(currentPath, lhs, rhs));
        } else if (realTypeOf(lhs) === "date" && lhs - rhs !== 0) {
          changes.push(new DiffEdit(currentPath, lhs, rhs));
        } else if (ltype === "object" && lhs !== null && rhs !== null) {
          for (i = stack.length - 1; i > -1; --i) {
            if (stack[i].lhs === lhs) {
              other = true;
              break;
            }
          }
          if (!other) {
            stack.push({ lhs, rhs });
            if (Array.isArray(lhs)) {
              if (orderIndependent) {
                lhs.sort(function(a, b) {
                  return getOrderIndependentHash(a) - getOrderIndependentHash(b);
                });
                rhs.sort(function(a, b) {
                  return getOrderIndependentHash(a) - getOrderIndependentHash(b);
                });
              }
              i = rhs.length - 1;
              j = lhs.length - 1;
              while (i > j) {
                changes.push(new DiffArray(currentPath, i, new DiffNew(void 0, rhs[i--])));
              }
              while (j > i) {
                changes.push(new DiffArray(currentPath, j, new DiffDeleted(void 0, lhs[j--])));
              }
              for (; i >= 0; --i) {
                deepDiff2(lhs[i], rhs[i], changes, prefilter, currentPath, i, stack, orderIndependent);
              }
            } else {
              var akeys = Object.keys(lhs);
              var pkeys = Object.keys(rhs);
              for (i = 0; i < akeys.length; ++i) {
                k = akeys[i];
                other = pkeys.indexOf(k);
                if (other >= 0) {
                  deepDiff2(lhs[k], rhs[k], changes, prefilter, currentPath, k, stack, orderIndependent);
                  pkeys[other] = null;
                } else {
                  deepDiff2(lhs[k], void 0, changes, prefilter, currentPath, k, stack, orderIndependent);
                }
              }
              for (i = 0; i < pkeys.length; ++i) {
                k = pkeys[i];
                if (k) {
                  deepDiff2(void 0, rhs[k], changes, prefilter, currentPath, k, stack, orderIndependent);
                }
              }
            }
            stack.length = stack.length - 1;
          } else if (lhs !== rhs) {
            changes.push(new DiffEdit(currentPath, lhs, rhs));
          }
        } else if (lhs !== rhs) {
          if (!(ltype === "number" && isNaN(lhs) && isNaN(rhs))) {
            changes.push(new DiffEdit(currentPath, lhs, rhs));
          }
        }
      }
      function observableDiff(lhs, rhs, observer, prefilter, orderIndependent) {
        var changes = [];
        deepDiff2(lhs, rhs, changes, prefilter, null, null, null, orderIndependent);
        if (observer) {
          for (var i = 0; i < changes.length; ++i) {
            observer(changes[i]);
          }
        }
        return changes;
      }
      function orderIndependentDeepDiff(lhs, rhs, changes, prefilter, path, key, stack) {
        return deepDiff2(lhs, rhs, changes, prefilter, path, key, stack, true);
      }
      function accumulateDiff(lhs, rhs, prefilter, accum) {
        var observer = accum ? function(difference) {
          if (difference) {
            accum.push(difference);
          }
        } : void 0;
        var changes = observableDiff(lhs, rhs, observer, prefilter);
        return accum ? accum : changes.length ? changes : void 0;
      }
      function accumulateOrderIndependentDiff(lhs, rhs, prefilter, accum) {
        var observer = accum ? function(difference) {
          if (difference) {
            accum.push(difference);
          }
        } : void 0;
        var changes = observableDiff(lhs, rhs, observer, prefilter, true);
        return accum ? accum : changes.length ? changes : void 0;
      }
      function applyArrayChange(arr, index, change) {
        if (change.path && change.path.length) {
          var it = arr[index], i, u = change.path.length - 1;
          for (i = 0; i < u; i++) {
            it = it[change.path[i]];
          }
          switch (change.kind) {
            case "A":
              applyArrayChange(it[change.path[i]], change.index, change.item);
              break;
            case "D":
              delete it[change.path[i]];
              break;
            case "E":
            case "N":
              it[change.path[i]] = change.rhs;
              break;
          }
        } else {
          switch (change.kind) {
            case "A":
              applyArrayChange(arr[index], change.index, change.item);
              break;
            case "D":
              arr = arrayRemove(arr, index);
              break;
            case "E":
            case "N":
              arr[index] = change.rhs;
              break;
          }
        }
        return arr;
      }
      function applyChange(target, source, change) {
        if (typeof change === "undefined" && source && ~validKinds.indexOf(source.kind)) {
          change = source;
        }
        if (target && change && change.kind) {
          var it = target, i = -1, last = change.path ? change.path.length - 1 : 0;
          while (++i < last) {
            if (typeof it[change.path[i]] === "undefined") {
              it[change.path[i]] = typeof change.path[i + 1] !== "undefined" && typeof change.path[i + 1] === "number" ? [] : {};
            }
            it = it[change.path[i]];
          }
          switch (change.kind) {
            case "A":
              if (change.path && typeof it[change.path[i]] === "undefined") {
                it[change.path[i]] = [];
              }
              applyArrayChange(change.path ? it[change.path[i]] : it, change.index, change.item);
              break;
            case "D":
              delete it[change.path[i]];
              break;
            case "E":
            case "N":
              it[change.path[i]] = change.rhs;
              break;
          }
        }
      }
      function revertArrayChange(arr, index, change) {
        if (change.path && change.path.length) {
          var it = arr[index], i, u = change.path.length - 1;
          for (i = 0; i < u; i++) {
            it = it[change.path[i]];
          }
          switch (change.kind) {
            case "A":
              revertArrayChange(it[change.path[i]], change.index, change.item);
              break;
            case "D":
              it[change.path[i]] = change.lhs;
              break;
            case "E":
              it[change.path[i]] = change.lhs;
              break;
            case "N":
              delete it[change.path[i]];
              break;
          }
        } else {
          switch (change.kind) {
            case "A":
              revertArrayChange(arr[index], change.index, change.item);
              break;
            case "D":
              arr[index] = change.lhs;
              break;
            case "E":
              arr[index] = change.lhs;
              break;
            case "N":
              arr = arrayRemove(arr, index);
              break;
          }
        }
        return arr;
      }
      function revertChange(target, source, change) {
        if (target && source && change && change.kind) {
          var it = target, i, u;
          u = change.path.length - 1;
          for (i = 0; i < u; i++) {
            if (typeof it[change.path[i]] === "undefined") {
              it[change.path[i]] = {};
            }
            it = it[change.path[i]];
          }
          switch (change.kind) {
            case "A":
              revertArrayChange(it[change.path[i]], change.index, change.item);
              break;
            case "D":
              it[change.path[i]] = change.lhs;
              break;
            case "E":
              it[change.path[i]] = change.lhs;
              break;
            case "N":
              delete it[change.path[i]];
              break;
          }
        }
      }
      function applyDiff(target, source, filter) {
        if (target && source) {
          var onChange = function(change) {
            if (!filter || filter(target, source, change)) {
              applyChange(target, source, change);
            }
          };
          observableDiff(target, source, onChange);
        }
      }
      Object.defineProperties(accumulateDiff, {
        diff: {
          value: accumulateDiff,
          enumerable: true
        },
        orderIndependentDiff: {
          value: accumulateOrderIndependentDiff,
          enumerable: true
        },
        observableDiff: {
          value: observableDiff,
          enumerable: true
        },
        orderIndependentObservableDiff: {
          value: orderIndependentDeepDiff,
          enumerable: true
        },
        orderIndepHash: {
          value: getOrderIndependentHash,
          enumerable: true
        },
        applyDiff: {
          value: applyDiff,
          enumerable: true
        },
        applyChange: {
          value: applyChange,
          enumerable: true
        },
        revertChange: {
          value: revertChange,
          enumerable: true
        },
        isConflict: {
          value: function() {
            return typeof $conflict !== "undefined";
          },
          enumerable: true
        }
      });
      accumulateDiff.DeepDiff = accumulateDiff;
      if (root) {
        root.DeepDiff = accumulateDiff;
      }
      return accumulateDiff;
    });
  }
});

// action/src/main.ts
import { fileURLToPath } from "node:url";

// action/src/run-action.ts
import { relative as relative2, resolve as resolve4, sep as sep2 } from "node:path";

// action/src/apply-mode.ts
import { resolve as resolve2 } from "node:path";

// src/plan/plan-types.ts
var CHANGE_ACTIONS = ["create", "update", "archive", "unarchive", "delete", "manual", "blocked"];
function address(kind, ...names) {
  let out = kind;
  for (const name2 of names) out += `[${JSON.stringify(name2)}]`;
  return out;
}

// src/resources/kit/match-by-name.ts
var NameIndex = class {
  constructor(live) {
    this.live = live;
    for (const item of live) {
      const list = this.byName.get(item.name);
      if (list) list.push(item);
      else this.byName.set(item.name, [item]);
    }
  }
  byName = /* @__PURE__ */ new Map();
  /** Unclaimed live objects named `name`, else those bearing one of `previousNames`, in listing order. */
  match(name2, previousNames2, claimed) {
    const exact = unclaimed(this.byName.get(name2), claimed);
    if (exact.length > 0 || !previousNames2?.length) return exact;
    const previous = new Set(previousNames2.flatMap((n) => unclaimed(this.byName.get(n), claimed)));
    return this.live.filter((item) => previous.has(item));
  }
};
function unclaimed(list, claimed) {
  if (!list) return [];
  return list.some((item) => claimed.has(item)) ? list.filter((item) => !claimed.has(item)) : list;
}
function duplicateMessage(what, matches) {
  const ids = matches.map((m) => `${m.id} ("${m.name}")`).join(" and ");
  return `"${what}" matches ${matches.length} live objects: ids ${ids}. Rename or archive all but one in Intercom, or rename the declared object, so that exactly one matches.`;
}
function newest(items) {
  return [...items].sort((a, b) => Number(b.id) - Number(a.id) || b.id.localeCompare(a.id))[0];
}
var byName = (key) => (a, b) => {
  const x = key(a);
  const y = key(b);
  return x < y ? -1 : x > y ? 1 : 0;
};

// src/resources/collections/live-tree.ts
var LiveCollectionTree = class {
  constructor(collections) {
    this.collections = collections;
    for (const c of collections) {
      const key = childKey(c.help_center_id, c.parent_id);
      append(this.siblings, key, c);
      append(this.siblingsByName, `${key}\0${c.name}`, c);
    }
  }
  siblings = /* @__PURE__ */ new Map();
  siblingsByName = /* @__PURE__ */ new Map();
  #byId;
  #byHelpCenter;
  #byHelpCenterAndName;
  #byParent;
  #position;
  get(id) {
    this.#byId ??= new Map(this.collections.map((c) => [c.id, c]));
    return this.#byId.get(id);
  }
  /** Direct children of `parentId` (null = top level) in a help center. */
  childrenOf(helpCenterId, parentId2) {
    return this.siblings.get(childKey(helpCenterId, parentId2)) ?? [];
  }
  /** Direct children of `parentId` named `name`. */
  childrenNamed(helpCenterId, parentId2, name2) {
    return this.siblingsByName.get(`${childKey(helpCenterId, parentId2)}\0${name2}`) ?? [];
  }
  /** Direct children of `parentId` bearing one of `names`, in listing order. */
  childrenNamedAny(helpCenterId, parentId2, names) {
    return this.inListingOrder(names.map((name2) => this.childrenNamed(helpCenterId, parentId2, name2)));
  }
  /** Children of `parentId`, whatever help center they report. */
  childrenAnywhere(parentId2) {
    this.#byParent ??= groupBy(this.collections.filter((c) => c.parent_id !== null), (c) => c.parent_id ?? "");
    return this.#byParent.get(parentId2) ?? [];
  }
  inHelpCenter(helpCenterId) {
    this.#byHelpCenter ??= groupBy(this.collections, (c) => c.help_center_id);
    return this.#byHelpCenter.get(helpCenterId) ?? [];
  }
  /** Collections of a help center bearing one of `names`, in listing order. */
  inHelpCenterNamed(helpCenterId, names) {
    const index = this.#byHelpCenterAndName ??= groupBy(this.collections, (c) => nameKey(c.help_center_id, c.name));
    return this.inListingOrder(names.map((name2) => index.get(nameKey(helpCenterId, name2)) ?? []));
  }
  /** Names from the top level down to `collection`, itself included. */
  pathOf(collection) {
    const names = [];
    const seen = /* @__PURE__ */ new Set();
    let node2 = collection;
    while (node2 && !seen.has(node2.id)) {
      seen.add(node2.id);
      names.push(node2.name);
      node2 = node2.parent_id ? this.get(node2.parent_id) : void 0;
    }
    return names.reverse();
  }
  /** Live collections found at exactly this path of names. */
  atPath(helpCenterId, path) {
    let found = [];
    let parents = [null];
    for (const name2 of path) {
      found = parents.flatMap((parent) => this.childrenNamed(helpCenterId, parent, name2));
      parents = found.map((c) => c.id);
    }
    return found;
  }
  /** Merges lists of live collections into one, each once, in the order they were listed. */
  inListingOrder(lists) {
    const nonEmpty = lists.filter((list) => list.length > 0);
    if (nonEmpty.length <= 1) return nonEmpty[0] ?? [];
    const position = this.#position ??= new Map(this.collections.map((c, index) => [c, index]));
    return [...new Set(nonEmpty.flat())].sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
  }
};
function append(map, key, collection) {
  const list = map.get(key);
  if (list) list.push(collection);
  else map.set(key, [collection]);
}
function groupBy(collections, key) {
  const groups = /* @__PURE__ */ new Map();
  for (const c of collections) append(groups, key(c), c);
  return groups;
}
function childKey(helpCenterId, parentId2) {
  return `${helpCenterId ?? ""}/${parentId2 ?? ""}`;
}
function nameKey(helpCenterId, name2) {
  return `${helpCenterId ?? ""}\0${name2}`;
}
function defaultHelpCenter(helpCenters) {
  return helpCenters.find((h) => h.default === true) ?? helpCenters[0];
}

// src/plan/field-diff.ts
var import_deep_diff = __toESM(require_deep_diff(), 1);
function diffFields(live, desired) {
  const changes = [];
  for (const key in desired) {
    const after = desired[key];
    const before = live[key];
    if (after === void 0 || before === after) continue;
    if (isPlainObject(after) && (isPlainObject(before) || before === void 0)) {
      if (!isCoveredBy(after, before ?? {})) changes.push(...diffObjects(key, before ?? {}, after));
    } else if (!isEqual(before, after)) {
      changes.push(before === void 0 ? { path: key, after } : { path: key, before, after });
    }
  }
  return changes;
}
function diffObjects(prefix, before, after) {
  const diffs = import_deep_diff.default.diff(pruneUndefined(before), pruneUndefined(after)) ?? [];
  const changes = [];
  for (const d of diffs) {
    const path = [prefix, ...d.path ?? []].join(".");
    if (d.kind === "N") changes.push(...leaves(path, d.rhs));
    else if (d.kind === "E") changes.push({ path, before: d.lhs, after: d.rhs });
    else if (d.kind === "A") changes.push({ path, before: readPath(before, d.path), after: readPath(after, d.path) });
  }
  return changes;
}
function newFields(desired) {
  const fields = [];
  const visit = (path, value) => {
    if (value === void 0) return;
    if (isPlainObject(value)) for (const key in value) visit(`${path}.${key}`, value[key]);
    else fields.push({ path, after: value });
  };
  for (const key in desired) visit(key, desired[key]);
  return fields;
}
function leaves(path, value) {
  if (!isPlainObject(value)) return [{ path, after: value }];
  return Object.entries(value).flatMap(([key, v]) => leaves(`${path}.${key}`, v));
}
function isEqual(a, b) {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => isEqual(x, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = /* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) if (!isEqual(a[k], b[k])) return false;
    return true;
  }
  return false;
}
function isCoveredBy(desired, live) {
  for (const [key, value] of Object.entries(desired)) {
    if (value === void 0) continue;
    const current = live[key];
    if (isPlainObject(value)) {
      if (!isPlainObject(current) || !isCoveredBy(value, current)) return false;
    } else if (!isEqual(current, value)) {
      return false;
    }
  }
  return true;
}
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function pruneUndefined(value) {
  return JSON.parse(JSON.stringify(value));
}
function readPath(root, path) {
  let node2 = root;
  for (const key of path ?? []) node2 = isPlainObject(node2) || Array.isArray(node2) ? node2[String(key)] : void 0;
  return node2;
}

// src/resources/kit/managed-fields.ts
var ManagedFields = class {
  constructor(specs) {
    this.specs = specs;
    this.names = Object.keys(specs);
  }
  names;
  /** The declared values, in field order (undefined: not managed). */
  desired(declared) {
    const out = {};
    for (const name2 of this.names) out[name2] = declared[name2];
    return out;
  }
  /** A live object as the config would declare it, defaults filled in, in field order. */
  live(object) {
    const out = {};
    for (const name2 of this.names) {
      const spec = this.specs[name2];
      const value = spec.live ? spec.live(object) : object[name2];
      out[name2] = value === void 0 && this.appliesTo(name2, object) ? spec.liveDefault : value;
    }
    return out;
  }
  /** The fields a live object of its data_type has, as config would write them (for export). */
  exported(object) {
    const live = this.live(object);
    const out = {};
    for (const name2 of this.names) {
      if (this.appliesTo(name2, object) && live[name2] !== void 0) out[name2] = live[name2];
    }
    return out;
  }
  /** Fields that apply only to one data_type, with that data_type. */
  get typeSpecific() {
    return this.names.flatMap((name2) => {
      const only = this.specs[name2].onlyFor;
      return only === void 0 ? [] : [[name2, only]];
    });
  }
  /** A request body of the defined values, each as the API takes it. */
  body(values) {
    const out = {};
    for (const [name2, value] of Object.entries(values)) if (value !== void 0) out[name2] = this.toWire(name2, value);
    return out;
  }
  /** An update body: only the changed fields, with their new values. */
  bodyOf(fields) {
    return Object.fromEntries(fields.map((f) => [f.path, this.toWire(f.path, f.after)]));
  }
  toWire(name2, value) {
    const spec = this.specs[name2];
    return spec?.wire && value !== void 0 && value !== null ? spec.wire(value) : value;
  }
  appliesTo(name2, object) {
    const only = this.specs[name2].onlyFor;
    return only === void 0 || object.data_type === only;
  }
};
function managedFields() {
  return (specs) => new ManagedFields(specs);
}

// node_modules/zod/v4/core/util.js
var util_exports = {};
__export(util_exports, {
  BIGINT_FORMAT_RANGES: () => BIGINT_FORMAT_RANGES,
  CONSTANT_CATCH: () => CONSTANT_CATCH,
  Class: () => Class,
  NUMBER_FORMAT_RANGES: () => NUMBER_FORMAT_RANGES,
  aborted: () => aborted,
  allowsEval: () => allowsEval,
  assert: () => assert,
  assertEqual: () => assertEqual,
  assertIs: () => assertIs,
  assertNever: () => assertNever,
  assertNotEqual: () => assertNotEqual,
  assignProp: () => assignProp,
  attachSchema: () => attachSchema,
  base64ToUint8Array: () => base64ToUint8Array,
  base64urlToUint8Array: () => base64urlToUint8Array,
  cached: () => cached,
  captureStackTrace: () => captureStackTrace,
  cleanEnum: () => cleanEnum,
  cleanRegex: () => cleanRegex,
  clone: () => clone,
  cloneDef: () => cloneDef,
  codePointLength: () => codePointLength,
  constantCatch: () => constantCatch,
  createTransparentProxy: () => createTransparentProxy,
  defineLazy: () => defineLazy,
  defineLazyInternal: () => defineLazyInternal,
  derived: () => derived,
  esc: () => esc,
  escapeRegex: () => escapeRegex,
  explicitlyAborted: () => explicitlyAborted,
  extend: () => extend,
  finalizeIssue: () => finalizeIssue,
  floatSafeRemainder: () => floatSafeRemainder,
  getElementAtPath: () => getElementAtPath,
  getEnumValues: () => getEnumValues,
  getLengthableOrigin: () => getLengthableOrigin,
  getParsedType: () => getParsedType,
  getSizableOrigin: () => getSizableOrigin,
  hexToUint8Array: () => hexToUint8Array,
  hide: () => hide,
  installLazyProp: () => installLazyProp,
  isObject: () => isObject,
  isPlainObject: () => isPlainObject2,
  issue: () => issue,
  joinValues: () => joinValues,
  jsonStringifyReplacer: () => jsonStringifyReplacer,
  members: () => members,
  merge: () => merge,
  mergeDefs: () => mergeDefs,
  normalizeParams: () => normalizeParams,
  nullish: () => nullish,
  numKeys: () => numKeys,
  objectClone: () => objectClone,
  omit: () => omit,
  optionalKeys: () => optionalKeys,
  own: () => own,
  parsedType: () => parsedType,
  partial: () => partial,
  pick: () => pick,
  prefixIssues: () => prefixIssues,
  primitiveTypes: () => primitiveTypes,
  promiseAllObject: () => promiseAllObject,
  propertyKeyTypes: () => propertyKeyTypes,
  randomString: () => randomString,
  rawShape: () => rawShape,
  required: () => required,
  safeExtend: () => safeExtend,
  shallowClone: () => shallowClone,
  sizeCaps: () => sizeCaps,
  slugify: () => slugify,
  stringifyPrimitive: () => stringifyPrimitive,
  toZod: () => toZod,
  uint8ArrayToBase64: () => uint8ArrayToBase64,
  uint8ArrayToBase64url: () => uint8ArrayToBase64url,
  uint8ArrayToHex: () => uint8ArrayToHex,
  unwrapMessage: () => unwrapMessage
});
function assertEqual(val) {
  return val;
}
function assertNotEqual(val) {
  return val;
}
function toZod() {
  return (schema) => schema;
}
function assertIs(_arg) {
}
function assertNever(_x) {
  throw new Error("Unexpected value in exhaustive check");
}
function assert(_) {
}
function getEnumValues(entries) {
  const numericValues = Object.values(entries).filter((v) => typeof v === "number");
  const values = Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
  return values;
}
function joinValues(array2, separator = "|") {
  return array2.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
  if (typeof value === "bigint")
    return value.toString();
  return value;
}
var Cached = class {
  constructor(getter) {
    this._getter = getter;
    this._value = void 0;
  }
  get value() {
    const getter = this._getter;
    if (getter !== void 0) {
      this._value = getter();
      this._getter = void 0;
    }
    return this._value;
  }
};
function cached(getter) {
  return new Cached(getter);
}
function nullish(input) {
  return input === null || input === void 0;
}
function cleanRegex(source) {
  const start = source.startsWith("^") ? 1 : 0;
  const end = source.endsWith("$") ? source.length - 1 : source.length;
  return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
  const ratio = val / step;
  const roundedRatio = Math.round(ratio);
  const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
  if (Math.abs(ratio - roundedRatio) < tolerance)
    return 0;
  return ratio - roundedRatio;
}
var EVALUATING = /* @__PURE__ */ Symbol("evaluating");
function defineLazy(object, key, getter) {
  let value = void 0;
  Object.defineProperty(object, key, {
    get() {
      if (value === EVALUATING) {
        return void 0;
      }
      if (value === void 0) {
        value = EVALUATING;
        value = getter();
      }
      return value;
    },
    set(v) {
      Object.defineProperty(object, key, {
        value: v
        // configurable: true,
      });
    },
    configurable: true
  });
}
function objectClone(obj) {
  return Object.create(Object.getPrototypeOf(obj), Object.getOwnPropertyDescriptors(obj));
}
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
    writable: true,
    enumerable: true,
    configurable: true
  });
}
function rawShape(def) {
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  return desc?.get ? desc.get.raw : desc?.value;
}
function sourceShape(schema) {
  return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
function deferProp(target, key, getter) {
  Object.defineProperty(target, key, {
    get() {
      const value = getter();
      assignProp(this, key, value);
      return value;
    },
    enumerable: true,
    configurable: true
  });
}
function putProp(target, key, value) {
  if (key in target)
    assignProp(target, key, value);
  else
    target[key] = value;
}
function mirrorShape(target, source, keys, wrap) {
  const raw = sourceShape(source);
  for (const key of keys) {
    const desc = Object.getOwnPropertyDescriptor(raw, key);
    if (!desc.enumerable)
      continue;
    if (desc.get) {
      deferProp(target, key, () => {
        const value = source._zod.def.shape[key];
        return wrap ? wrap(value, key) : value;
      });
    } else
      putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
  }
}
function mirrorProps(target, source) {
  for (const key of Reflect.ownKeys(source)) {
    const desc = Object.getOwnPropertyDescriptor(source, key);
    if (!desc.enumerable)
      continue;
    if (desc.get)
      deferProp(target, key, () => source[key]);
    else
      putProp(target, key, desc.value);
  }
}
function mergeDefs(...defs) {
  const mergedDescriptors = {};
  for (const def of defs) {
    const descriptors = Object.getOwnPropertyDescriptors(def);
    Object.assign(mergedDescriptors, descriptors);
  }
  return Object.defineProperties({}, mergedDescriptors);
}
function cloneDef(schema) {
  return mergeDefs(schema._zod.def);
}
function getElementAtPath(obj, path) {
  if (!path)
    return obj;
  return path.reduce((acc, key) => acc?.[key], obj);
}
function promiseAllObject(promisesObj) {
  const keys = Object.keys(promisesObj);
  const promises = keys.map((key) => promisesObj[key]);
  return Promise.all(promises).then((results) => {
    const resolvedObj = {};
    for (let i = 0; i < keys.length; i++) {
      resolvedObj[keys[i]] = results[i];
    }
    return resolvedObj;
  });
}
function randomString(length = 10) {
  const chars = "abcdefghijklmnopqrstuvwxyz";
  let str = "";
  for (let i = 0; i < length; i++) {
    str += chars[Math.floor(Math.random() * chars.length)];
  }
  return str;
}
function esc(str) {
  return JSON.stringify(str);
}
function slugify(input) {
  return input.toLowerCase().trim().replace(/[^\w\s-]/g, "").replace(/[\s_-]+/g, "-").replace(/^-+|-+$/g, "");
}
var captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
};
function isObject(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
var allowsEval = /* @__PURE__ */ cached(() => {
  if (globalConfig.jitless) {
    return false;
  }
  if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) {
    return false;
  }
  try {
    const F = Function;
    new F("");
    return true;
  } catch (_) {
    return false;
  }
});
function isPlainObject2(o) {
  if (isObject(o) === false)
    return false;
  const ctor = o.constructor;
  if (ctor === void 0)
    return true;
  if (typeof ctor !== "function")
    return true;
  const prot = ctor.prototype;
  if (isObject(prot) === false)
    return false;
  if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
    return false;
  }
  return true;
}
function shallowClone(o) {
  if (isPlainObject2(o))
    return { ...o };
  if (Array.isArray(o))
    return [...o];
  if (o instanceof Map)
    return new Map(o);
  if (o instanceof Set)
    return new Set(o);
  return o;
}
function numKeys(data) {
  let keyCount = 0;
  for (const key in data) {
    if (Object.prototype.hasOwnProperty.call(data, key)) {
      keyCount++;
    }
  }
  return keyCount;
}
var getParsedType = (data) => {
  const t = typeof data;
  switch (t) {
    case "undefined":
      return "undefined";
    case "string":
      return "string";
    case "number":
      return Number.isNaN(data) ? "nan" : "number";
    case "boolean":
      return "boolean";
    case "function":
      return "function";
    case "bigint":
      return "bigint";
    case "symbol":
      return "symbol";
    case "object":
      if (Array.isArray(data)) {
        return "array";
      }
      if (data === null) {
        return "null";
      }
      if (data.then && typeof data.then === "function" && data.catch && typeof data.catch === "function") {
        return "promise";
      }
      if (typeof Map !== "undefined" && data instanceof Map) {
        return "map";
      }
      if (typeof Set !== "undefined" && data instanceof Set) {
        return "set";
      }
      if (typeof Date !== "undefined" && data instanceof Date) {
        return "date";
      }
      if (typeof File !== "undefined" && data instanceof File) {
        return "file";
      }
      return "object";
    default:
      throw new Error(`Unknown data type: ${t}`);
  }
};
var propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
var primitiveTypes = /* @__PURE__ */ new Set([
  "string",
  "number",
  "bigint",
  "boolean",
  "symbol",
  "undefined"
]);
function escapeRegex(str) {
  return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
  const cl = new inst._zod.constr(def ?? inst._zod.def);
  if (!def || params?.parent)
    cl._zod.parent = inst;
  return cl;
}
function normalizeParams(_params) {
  const params = _params;
  if (!params)
    return {};
  if (typeof params === "string")
    return { error: () => params };
  if (params?.message !== void 0) {
    if (params?.error !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params.error = params.message;
  }
  delete params.message;
  if (typeof params.error === "string")
    return { ...params, error: () => params.error };
  return params;
}
function createTransparentProxy(getter) {
  let target;
  return new Proxy({}, {
    get(_, prop, receiver) {
      target ?? (target = getter());
      return Reflect.get(target, prop, receiver);
    },
    set(_, prop, value, receiver) {
      target ?? (target = getter());
      return Reflect.set(target, prop, value, receiver);
    },
    has(_, prop) {
      target ?? (target = getter());
      return Reflect.has(target, prop);
    },
    deleteProperty(_, prop) {
      target ?? (target = getter());
      return Reflect.deleteProperty(target, prop);
    },
    ownKeys(_) {
      target ?? (target = getter());
      return Reflect.ownKeys(target);
    },
    getOwnPropertyDescriptor(_, prop) {
      target ?? (target = getter());
      return Reflect.getOwnPropertyDescriptor(target, prop);
    },
    defineProperty(_, prop, descriptor) {
      target ?? (target = getter());
      return Reflect.defineProperty(target, prop, descriptor);
    }
  });
}
function stringifyPrimitive(value) {
  if (typeof value === "bigint")
    return value.toString() + "n";
  if (typeof value === "string")
    return `"${value}"`;
  return `${value}`;
}
function optionalKeys(shape) {
  return Object.keys(shape).filter((k) => {
    return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
  });
}
var NUMBER_FORMAT_RANGES = /* @__PURE__ */ (() => ({
  safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  int32: [-2147483648, 2147483647],
  uint32: [0, 4294967295],
  float32: [-34028234663852886e22, 34028234663852886e22],
  float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
}))();
var BIGINT_FORMAT_RANGES = {
  int64: [/* @__PURE__ */ BigInt("-9223372036854775808"), /* @__PURE__ */ BigInt("9223372036854775807")],
  uint64: [/* @__PURE__ */ BigInt(0), /* @__PURE__ */ BigInt("18446744073709551615")]
};
function pick(schema, mask) {
  const currDef = schema._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(".pick() cannot be used on object schemas containing refinements");
  }
  const newShape = {};
  mirrorShape(newShape, schema, maskedKeys(schema, mask));
  return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function maskedKeys(schema, mask) {
  const raw = sourceShape(schema);
  const keys = [];
  for (const key of Reflect.ownKeys(mask)) {
    if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
      throw new Error(`Unrecognized key: "${String(key)}"`);
    }
    if (mask[key])
      keys.push(key);
  }
  return keys;
}
function omit(schema, mask) {
  const currDef = schema._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(".omit() cannot be used on object schemas containing refinements");
  }
  const omitted = new Set(maskedKeys(schema, mask));
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
  return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function extend(schema, shape) {
  if (!isPlainObject2(shape)) {
    throw new Error("Invalid input to extend: expected a plain object");
  }
  const checks = schema._zod.def.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    const existingShape = sourceShape(schema);
    for (const key of Reflect.ownKeys(shape)) {
      if (Object.getOwnPropertyDescriptor(existingShape, key) !== void 0) {
        throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
      }
    }
  }
  return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function extended(schema, shape) {
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
  mirrorProps(newShape, shape);
  return newShape;
}
function safeExtend(schema, shape) {
  if (!isPlainObject2(shape)) {
    throw new Error("Invalid input to safeExtend: expected a plain object");
  }
  return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge(a, b) {
  if (!b?._zod?.def) {
    throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
  }
  if (a._zod.def.checks?.length) {
    throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
  }
  const newShape = {};
  mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
  mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
  const def = mergeDefs(a._zod.def, {
    shape: newShape,
    get catchall() {
      return b._zod.def.catchall;
    },
    checks: b._zod.def.checks ?? []
  });
  return clone(a, def);
}
function partial(Class2, schema, mask, name2 = "partial") {
  const currDef = schema._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(`.${name2}() cannot be used on object schemas containing refinements`);
  }
  const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class2 && ((value, key) => selected && !selected.has(key) ? value : new Class2({ type: "optional", innerType: value })));
  return clone(schema, mergeDefs(schema._zod.def, { shape: newShape, checks: [] }));
}
function required(Class2, schema, mask) {
  const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => (
    // overwrite with non-optional
    selected && !selected.has(key) ? value : new Class2({ type: "nonoptional", innerType: value })
  ));
  return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
function aborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue !== true) {
      return true;
    }
  }
  return false;
}
function explicitlyAborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue === false) {
      return true;
    }
  }
  return false;
}
function prefixIssues(path, issues) {
  return issues.map((iss) => {
    var _a3;
    (_a3 = iss).path ?? (_a3.path = []);
    iss.path.unshift(path);
    return iss;
  });
}
function unwrapMessage(message) {
  return typeof message === "string" ? message : message?.message;
}
function sizeCaps(defChecks) {
  const caps = [];
  for (const ch of defChecks ?? []) {
    const d = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(d.check))
      break;
    const max = d.maximum ?? d.length ?? d.size;
    if (max >= 0)
      caps.push([max, ch]);
  }
  return caps;
}
function attachSchema(issues, start, inst) {
  var _a3;
  for (let i = start; i < issues.length; i++) {
    (_a3 = issues[i]).schema ?? (_a3.schema = inst);
  }
}
function finalizeIssue(iss, ctx, config2) {
  var _a3;
  const traits = iss.inst?._zod?.traits;
  if (traits?.has("$ZodType")) {
    if (traits.has("$ZodCheck"))
      (_a3 = iss).schema ?? (_a3.schema = iss.inst);
    else
      iss.schema = iss.inst;
  }
  const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
  const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
  const full = {};
  for (const k of Object.keys(iss)) {
    if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
      continue;
    full[k] = iss[k];
  }
  full.path ?? (full.path = []);
  full.message = message;
  if (ctx?.reportInput) {
    full.input = iss.input;
  }
  return full;
}
function getSizableOrigin(input) {
  if (input instanceof Set)
    return "set";
  if (input instanceof Map)
    return "map";
  if (input instanceof File)
    return "file";
  return "unknown";
}
var highSurrogate = /[\uD800-\uDBFF]/;
function codePointLength(str) {
  const units = str.length;
  if (!highSurrogate.test(str))
    return units;
  let count = units;
  for (let i = 0; i < units - 1; i++) {
    if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
      count--;
      i++;
    }
  }
  return count;
}
function getLengthableOrigin(input) {
  if (Array.isArray(input))
    return "array";
  if (typeof input === "string")
    return "string";
  return "unknown";
}
function parsedType(data) {
  const t = typeof data;
  switch (t) {
    case "number": {
      return Number.isNaN(data) ? "nan" : "number";
    }
    case "object": {
      if (data === null) {
        return "null";
      }
      if (Array.isArray(data)) {
        return "array";
      }
      const obj = data;
      if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
        return obj.constructor.name;
      }
    }
  }
  return t;
}
function issue(...args) {
  const [iss, input, inst] = args;
  if (typeof iss === "string") {
    return {
      message: iss,
      code: "custom",
      input,
      inst
    };
  }
  return { ...iss };
}
function cleanEnum(obj) {
  return Object.entries(obj).filter(([k, _]) => {
    return Number.isNaN(Number.parseInt(k, 10));
  }).map((el) => el[1]);
}
function base64ToUint8Array(base642) {
  const binaryString = atob(base642);
  const bytes = new Uint8Array(binaryString.length);
  for (let i = 0; i < binaryString.length; i++) {
    bytes[i] = binaryString.charCodeAt(i);
  }
  return bytes;
}
function uint8ArrayToBase64(bytes) {
  let binaryString = "";
  for (let i = 0; i < bytes.length; i++) {
    binaryString += String.fromCharCode(bytes[i]);
  }
  return btoa(binaryString);
}
function base64urlToUint8Array(base64url2) {
  const base642 = base64url2.replace(/-/g, "+").replace(/_/g, "/");
  const padding = "=".repeat((4 - base642.length % 4) % 4);
  return base64ToUint8Array(base642 + padding);
}
function uint8ArrayToBase64url(bytes) {
  return uint8ArrayToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}
function hexToUint8Array(hex) {
  const cleanHex = hex.replace(/^0x/, "");
  if (cleanHex.length % 2 !== 0) {
    throw new Error("Invalid hex string length");
  }
  const bytes = new Uint8Array(cleanHex.length / 2);
  for (let i = 0; i < cleanHex.length; i += 2) {
    bytes[i / 2] = Number.parseInt(cleanHex.slice(i, i + 2), 16);
  }
  return bytes;
}
function uint8ArrayToHex(bytes) {
  return Array.from(bytes).map((b) => b.toString(16).padStart(2, "0")).join("");
}
var Class = class {
  constructor(..._args) {
  }
};
function members(proto, table) {
  for (const key in table) {
    const desc = Object.getOwnPropertyDescriptor(table, key);
    if (desc.get)
      Object.defineProperty(proto, key, { ...desc, enumerable: false });
    else
      defineBound(proto, key, desc.value);
  }
}
function own(inst, key, value, enumerable = true) {
  Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
  return value;
}
function hide(inst, key, value) {
  return own(inst, key, value, false);
}
// @__NO_SIDE_EFFECTS__
function derived(computes, table) {
  for (const key in computes) {
    const compute = computes[key];
    Object.defineProperty(table, key, {
      configurable: true,
      enumerable: true,
      get() {
        return own(this, key, compute(this));
      },
      set(value) {
        own(this, key, value);
      }
    });
  }
  return table;
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value) {
      own(this, key, value);
    }
  });
}
function claim(inst, sentinel) {
  const proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
var installing;
var broke = false;
var breaker = {
  configurable: true,
  get() {
    broke = true;
    return void 0;
  }
};
function defineLazyInternal(inst, key, compute) {
  const proto = Object.getPrototypeOf(inst._zod);
  if (key in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      Object.defineProperty(this, key, breaker);
      const outer = broke;
      broke = false;
      try {
        const value = compute(this);
        if (broke)
          delete this[key];
        else
          Object.defineProperty(this, key, { configurable: true, writable: true, value });
        broke = broke || outer;
        return value;
      } catch (err) {
        delete this[key];
        broke = broke || outer;
        throw err;
      }
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, value });
    }
  });
}
function installLazyProp(inst, key, make, enumerable) {
  const proto = claim(inst, key);
  if (!proto)
    return;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      const desc = { configurable: true, writable: true, enumerable, value: void 0 };
      Object.defineProperty(this, key, desc);
      desc.value = make(this);
      Object.defineProperty(this, key, desc);
      return desc.value;
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
    }
  });
}
var CONSTANT_CATCH = "~constantCatch";
function constantCatch(value) {
  const fn = () => value;
  fn[CONSTANT_CATCH] = true;
  return fn;
}

// node_modules/zod/v4/core/core.js
var _a;
var _zodDesc = { value: void 0, enumerable: false };
var _E = "captureStackTrace" in Error ? Error : null;
function newError(Definition) {
  const E = _E;
  if (E) {
    const saved = E.stackTraceLimit;
    if (typeof saved === "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        _E = null;
        return new Definition();
      }
      try {
        return new Definition();
      } finally {
        E.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
// @__NO_SIDE_EFFECTS__
function $constructor(name2, initializer3, proto, params) {
  const zodProto = {};
  function Internals(def) {
    this.def = def;
    this.constr = _;
    this.traits = /* @__PURE__ */ new Set();
  }
  Internals.prototype = zodProto;
  const protoMembers = proto;
  const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init(inst, def) {
    if (!inst._zod) {
      _zodDesc.value = new Internals(def);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    } else if (inst._zod.traits.has(name2)) {
      return;
    }
    inst._zod.traits.add(name2);
    initializer3(inst, def);
    if (initialized) {
      const own2 = Object.getPrototypeOf(inst);
      const ctorProto = inst._zod.constr.prototype;
      let up = own2;
      while (up && up !== ctorProto)
        up = Object.getPrototypeOf(up);
      const target = up ?? own2;
      if (!initialized.has(target)) {
        initialized.add(target);
        members(target, protoMembers);
      }
    }
    const proto2 = _.prototype;
    for (const k in proto2) {
      if (!Object.prototype.hasOwnProperty.call(proto2, k))
        continue;
      if (!(k in inst)) {
        inst[k] = proto2[k].bind(inst);
      }
    }
  }
  const Parent = params?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name2 });
  function _(def) {
    const inst = params?.Parent ? newError(Definition) : this;
    init(inst, def);
    const deferred = inst._zod.deferred;
    if (deferred) {
      for (const fn of deferred) {
        fn();
      }
      inst._zod.deferred = void 0;
    }
    const pp = globalThis.__zod_globalConfig?.postProcessor;
    if (pp)
      pp(inst);
    return inst;
  }
  Object.defineProperty(_, "init", { value: init });
  Object.defineProperty(_, Symbol.hasInstance, {
    value: (inst) => {
      if (params?.Parent && inst instanceof params.Parent)
        return true;
      return inst?._zod?.traits?.has(name2);
    }
  });
  Object.defineProperty(_, "name", { value: name2 });
  return _;
}
var $ZodAsyncError = class extends Error {
  constructor() {
    super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
  }
};
var $ZodEncodeError = class extends Error {
  constructor(name2) {
    super(`Encountered unidirectional transform during encode: ${name2}`);
    this.name = "ZodEncodeError";
  }
};
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
var globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}

// node_modules/zod/v4/core/errors.js
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
var _messageDesc = {
  get: _getMessage,
  set: _setMessage,
  enumerable: true,
  configurable: true
};
var _issuesDesc = { value: void 0, enumerable: false };
var _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
var initializer = (inst, def) => {
  inst.name = "$ZodError";
  _issuesDesc.value = def;
  Object.defineProperty(inst, "issues", _issuesDesc);
  _issuesDesc.value = void 0;
  Object.defineProperty(inst, "message", _messageDesc);
  const proto = Object.getPrototypeOf(inst);
  if (!_installedToString.has(proto)) {
    _installedToString.add(proto);
    Object.defineProperty(proto, "toString", {
      configurable: true,
      enumerable: false,
      get() {
        const value = () => this.message;
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
      }
    });
  }
};
var $ZodError = $constructor("$ZodError", initializer);
var $ZodRealError = $constructor("$ZodError", initializer, void 0, {
  Parent: Error
});
function node(obj, key, make) {
  if (!Object.prototype.hasOwnProperty.call(obj, key)) {
    if (key === "__proto__") {
      Object.defineProperty(obj, key, { value: make(), writable: true, enumerable: true, configurable: true });
    } else {
      obj[key] = make();
    }
  }
  return obj[key];
}
function flattenError(error2, mapper = (issue2) => issue2.message) {
  const fieldErrors = {};
  const formErrors = [];
  for (const sub of error2.issues) {
    if (sub.path.length > 0) {
      node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
    } else {
      formErrors.push(mapper(sub));
    }
  }
  return { formErrors, fieldErrors };
}
function formatError(error2, mapper = (issue2) => issue2.message) {
  const fieldErrors = { _errors: [] };
  const processError = (error3, path = []) => {
    for (const issue2 of error3.issues) {
      if (issue2.code === "invalid_union" && issue2.errors.length) {
        issue2.errors.map((issues) => processError({ issues }, [...path, ...issue2.path]));
      } else if (issue2.code === "invalid_key") {
        processError({ issues: issue2.issues }, [...path, ...issue2.path]);
      } else if (issue2.code === "invalid_element") {
        processError({ issues: issue2.issues }, [...path, ...issue2.path]);
      } else {
        const fullpath = [...path, ...issue2.path];
        if (fullpath.length === 0) {
          fieldErrors._errors.push(mapper(issue2));
        } else {
          let curr = fieldErrors;
          let i = 0;
          while (i < fullpath.length) {
            const el = fullpath[i];
            const terminal = i === fullpath.length - 1;
            if (el === "_errors") {
              if (terminal)
                curr._errors.push(mapper(issue2));
              i++;
              continue;
            }
            if (!Object.prototype.hasOwnProperty.call(curr, el)) {
              Object.defineProperty(curr, el, {
                value: { _errors: [] },
                enumerable: true,
                writable: true,
                configurable: true
              });
            }
            const node2 = curr[el];
            if (terminal) {
              node2._errors.push(mapper(issue2));
            }
            curr = node2;
            i++;
          }
        }
      }
    }
  };
  processError(error2);
  return fieldErrors;
}

// node_modules/zod/v4/core/parse.js
function finalizeParams(callee, params) {
  return { callee: params?.callee ?? callee, Err: params?.Err };
}
var _parse = (_Err) => {
  const fn = (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
      throw new $ZodAsyncError();
    }
    if (result.issues.length) {
      const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, _params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var _parseAsync = (_Err) => {
  const fn = async (schema, value, _ctx, params) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
      result = await result;
    if (result.issues.length) {
      const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var _safeParse = (_Err) => (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
  const result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
function failure(Err, issues, ctx) {
  let error2;
  return {
    success: false,
    get error() {
      if (!error2) {
        error2 = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
        issues = void 0;
        ctx = void 0;
      }
      return error2;
    },
    set error(e) {
      error2 = e;
      issues = void 0;
      ctx = void 0;
    }
  };
}
var _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
  let result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
var COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
var validate = ((schema, value, _ctx) => {
  const validator = schema._zod.bag.validator;
  if (validator !== void 0) {
    if (validator(value) !== COMPILE_INVALID)
      return true;
    if (validator.definite === true && _ctx === void 0)
      return false;
  }
  return validateFallback(schema, value, _ctx);
});
function validateFallback(schema, value, _ctx) {
  const ctx = _ctx ? { ..._ctx, async: false, abortEarly: true } : { async: false, abortEarly: true };
  const fallbackRun = schema._zod.bag.fallbackRun;
  let result;
  if (fallbackRun) {
    ctx[COMPILE_FALLBACK] = true;
    result = fallbackRun({ value, issues: [] }, ctx);
  } else {
    result = schema._zod.run({ value, issues: [] }, ctx);
  }
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length === 0;
}
var validateAsync = async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true, abortEarly: true } : { async: true, abortEarly: true };
  let result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length === 0;
};
var _encode = (_Err) => {
  const parse2 = _parse(_Err);
  const fn = (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return parse2(schema, value, ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _decode = (_Err) => {
  const parse2 = _parse(_Err);
  const fn = (schema, value, _ctx, _params) => {
    return parse2(schema, value, _ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _encodeAsync = (_Err) => {
  const parseAsync2 = _parseAsync(_Err);
  const fn = async (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return await parseAsync2(schema, value, ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _decodeAsync = (_Err) => {
  const parseAsync2 = _parseAsync(_Err);
  const fn = async (schema, value, _ctx, _params) => {
    return await parseAsync2(schema, value, _ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _safeEncode = (_Err) => (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
  return _safeParse(_Err)(schema, value, ctx);
};
var _safeDecode = (_Err) => (schema, value, _ctx) => {
  return _safeParse(_Err)(schema, value, _ctx);
};
var _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
  return _safeParseAsync(_Err)(schema, value, ctx);
};
var _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
  return _safeParseAsync(_Err)(schema, value, _ctx);
};

// node_modules/zod/v4/core/regexes.js
var cuid = /^[cC][0-9a-z]{6,}$/;
var cuid2 = /^[0-9a-z]+$/;
var ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
var xid = /^[0-9a-vA-V]{20}$/;
var ksuid = /^[A-Za-z0-9]{27}$/;
var nanoid = /^[a-zA-Z0-9_-]{21}$/;
function nanoidOfLength(length) {
  return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
var duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
var guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
var uuid = (version2) => {
  if (!version2)
    return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
  return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version2}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
};
var email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
var _emoji = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
function emoji() {
  return new RegExp(_emoji, "u");
}
var ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
var ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
var cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
var cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
var base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
var base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
var httpProtocol = /^https?$/;
var e164 = /^\+[1-9]\d{6,14}$/;
var dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
function anchor(source) {
  return new RegExp(`^${source}$`);
}
var date = /* @__PURE__ */ anchor(dateSource);
function timeSource(args) {
  const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
  const regex = typeof args.precision === "number" ? args.precision === -1 ? `${hhmm}` : args.precision === 0 ? `${hhmm}:[0-5]\\d` : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}` : args.seconds ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?` : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
  return regex;
}
function time(args) {
  return new RegExp(`^${timeSource(args)}$`);
}
function datetime(args) {
  const opts = ["Z"];
  if (args.offset)
    opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
  const qualified = `${timeSource({ precision: args.precision, seconds: true })}(?:${opts.join("|")})`;
  const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
  return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
var anyString = /^[\s\S]{0,}$/;
var boolean = /^(?:true|false)$/i;
var lowercase = /^[^A-Z]*$/;
var uppercase = /^[^a-z]*$/;

// node_modules/zod/v4/core/checks.js
var $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
  var _a3;
  inst._zod ?? (inst._zod = {});
  inst._zod.def = def;
  (_a3 = inst._zod).onattach ?? (_a3.onattach = []);
});
var _whenHasLength = (payload) => {
  const val = payload.value;
  return !nullish(val) && val.length !== void 0;
};
var $ZodCheckMaxLength = /* @__PURE__ */ $constructor("$ZodCheckMaxLength", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units > def.maximum ? codePointLength(input) : units;
    if (length <= def.maximum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_big",
      maximum: def.maximum,
      inclusive: true,
      input,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units;
    if (length >= def.minimum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_small",
      minimum: def.minimum,
      inclusive: true,
      input,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckLengthEquals = /* @__PURE__ */ $constructor("$ZodCheckLengthEquals", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units >= def.length && units <= def.length * 2 ? codePointLength(input) : units;
    if (length === def.length)
      return;
    const origin = getLengthableOrigin(input);
    const tooBig = length > def.length;
    payload.issues.push({
      origin,
      ...tooBig ? { code: "too_big", maximum: def.length } : { code: "too_small", minimum: def.length },
      inclusive: true,
      exact: true,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
  var _a3, _b;
  $ZodCheck.init(inst, def);
  if (def.pattern)
    (_a3 = inst._zod).check ?? (_a3.check = (payload) => {
      def.pattern.lastIndex = 0;
      if (def.pattern.test(payload.value))
        return;
      payload.issues.push({
        origin: "string",
        code: "invalid_format",
        format: def.format,
        input: payload.value,
        ...def.pattern ? { pattern: def.pattern.toString() } : {},
        inst,
        continue: !def.abort
      });
    });
  else
    (_b = inst._zod).check ?? (_b.check = () => {
    });
});
var $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
  $ZodCheckStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    def.pattern.lastIndex = 0;
    if (def.pattern.test(payload.value))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "regex",
      input: payload.value,
      pattern: def.pattern.toString(),
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckLowerCase = /* @__PURE__ */ $constructor("$ZodCheckLowerCase", (inst, def) => {
  def.pattern ?? (def.pattern = lowercase);
  $ZodCheckStringFormat.init(inst, def);
});
var $ZodCheckUpperCase = /* @__PURE__ */ $constructor("$ZodCheckUpperCase", (inst, def) => {
  def.pattern ?? (def.pattern = uppercase);
  $ZodCheckStringFormat.init(inst, def);
});
var $ZodCheckIncludes = /* @__PURE__ */ $constructor("$ZodCheckIncludes", (inst, def) => {
  $ZodCheck.init(inst, def);
  const escapedRegex = escapeRegex(def.includes);
  const pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
  def.pattern = pattern;
  inst._zod.check = (payload) => {
    if (payload.value.includes(def.includes, def.position))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "includes",
      includes: def.includes,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckStartsWith = /* @__PURE__ */ $constructor("$ZodCheckStartsWith", (inst, def) => {
  $ZodCheck.init(inst, def);
  const pattern = new RegExp(`^${escapeRegex(def.prefix)}.*`);
  def.pattern ?? (def.pattern = pattern);
  inst._zod.check = (payload) => {
    if (payload.value.startsWith(def.prefix))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "starts_with",
      prefix: def.prefix,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckEndsWith = /* @__PURE__ */ $constructor("$ZodCheckEndsWith", (inst, def) => {
  $ZodCheck.init(inst, def);
  const pattern = new RegExp(`.*${escapeRegex(def.suffix)}$`);
  def.pattern ?? (def.pattern = pattern);
  inst._zod.check = (payload) => {
    if (payload.value.endsWith(def.suffix))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "ends_with",
      suffix: def.suffix,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckOverwrite = /* @__PURE__ */ $constructor("$ZodCheckOverwrite", (inst, def) => {
  $ZodCheck.init(inst, def);
  inst._zod.check = (payload) => {
    payload.value = def.tx(payload.value);
  };
});

// node_modules/zod/v4/core/doc.js
var Doc = class {
  constructor(args = [], closed = {}) {
    this.content = [];
    this.indent = 0;
    this.args = args;
    this.closed = closed;
  }
  // the compiler catches a child's throw and keeps writing into this doc, so the indent has to unwind with it
  indented(fn) {
    this.indent += 1;
    try {
      fn(this);
    } finally {
      this.indent -= 1;
    }
  }
  write(arg) {
    if (typeof arg === "function") {
      arg(this, { execution: "sync" });
      arg(this, { execution: "async" });
      return;
    }
    const content = arg;
    const lines = content.split("\n").filter((x) => x);
    const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
    const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
    for (const line of dedented) {
      this.content.push(line);
    }
  }
  compile() {
    const F = Function;
    const content = this?.content ?? [``];
    const factory = new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {
${content.join("\n")}
};`);
    return factory(...Object.values(this.closed));
  }
};

// node_modules/zod/v4/core/versions.js
var version = {
  major: 4,
  minor: 6,
  patch: 7
};

// node_modules/zod/v4/core/schemas.js
var $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
  var _a3;
  inst ?? (inst = {});
  inst._zod.def = def;
  inst._zod.bag = inst._zod.bag || {};
  inst._zod.version = version;
  const defChecks = inst._zod.def.checks;
  const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
  for (const ch of checks) {
    for (const fn of ch._zod.onattach) {
      fn(inst);
    }
  }
  if (checks.length === 0) {
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred?.push(() => {
      inst._zod.run = inst._zod.parse;
    });
  } else {
    const runChecks = (payload, checks2, ctx) => {
      if (payload.memo)
        return payload;
      let isAborted = aborted(payload);
      let asyncResult;
      for (const ch of checks2) {
        if (ch._zod.def.when) {
          if (explicitlyAborted(payload))
            continue;
          const shouldRun = ch._zod.def.when(payload);
          if (!shouldRun)
            continue;
        } else if (isAborted) {
          continue;
        }
        const currLen = payload.issues.length;
        const _ = ch._zod.check(payload);
        if (_ instanceof Promise && ctx?.async === false) {
          throw new $ZodAsyncError();
        }
        if (asyncResult || _ instanceof Promise) {
          asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
            await _;
            const nextLen = payload.issues.length;
            if (nextLen === currLen)
              return;
            attachSchema(payload.issues, currLen, inst);
            if (!isAborted)
              isAborted = aborted(payload, currLen);
          });
        } else {
          const nextLen = payload.issues.length;
          if (nextLen === currLen)
            continue;
          attachSchema(payload.issues, currLen, inst);
          if (!isAborted)
            isAborted = aborted(payload, currLen);
        }
      }
      if (asyncResult) {
        return asyncResult.then(() => {
          return payload;
        });
      }
      return payload;
    };
    const handleCanaryResult = (canary, payload, ctx) => {
      if (aborted(canary)) {
        canary.aborted = true;
        return canary;
      }
      const checkResult = runChecks(payload, checks, ctx);
      if (checkResult instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
      }
      return inst._zod.parse(checkResult, ctx);
    };
    inst._zod.run = (payload, ctx) => {
      if (ctx.skipChecks) {
        return inst._zod.parse(payload, ctx);
      }
      if (ctx.direction === "backward") {
        const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
        if (canary instanceof Promise) {
          return canary.then((canary2) => {
            return handleCanaryResult(canary2, payload, ctx);
          });
        }
        return handleCanaryResult(canary, payload, ctx);
      }
      const result = inst._zod.parse(payload, ctx);
      if (result instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return result.then((result2) => runChecks(result2, checks, ctx));
      }
      return runChecks(result, checks, ctx);
    };
  }
}, {
  // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
  get "~standard"() {
    return hide(this, "~standard", standardProps(this));
  },
  set "~standard"(value) {
    own(this, "~standard", value);
  }
});
var toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync2(inst, value) {
  const ctx = { async: true };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      const ctx = { async: false };
      try {
        const r = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r instanceof Promise))
          return toStandardResult(r, ctx);
      } catch (_) {
      }
      return validateAsync2(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
var $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = def.pattern ?? anyString;
  inst._zod.parse = (payload, _) => {
    if (def.coerce)
      try {
        payload.value = String(payload.value);
      } catch (_2) {
      }
    if (typeof payload.value === "string")
      return payload;
    payload.issues.push({
      expected: "string",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
var $ZodStringFormat = /* @__PURE__ */ $constructor("$ZodStringFormat", (inst, def) => {
  $ZodCheckStringFormat.init(inst, def);
  $ZodString.init(inst, def);
});
var $ZodGUID = /* @__PURE__ */ $constructor("$ZodGUID", (inst, def) => {
  def.pattern ?? (def.pattern = guid);
  $ZodStringFormat.init(inst, def);
});
var $ZodUUID = /* @__PURE__ */ $constructor("$ZodUUID", (inst, def) => {
  if (def.version) {
    const versionMap = {
      v1: 1,
      v2: 2,
      v3: 3,
      v4: 4,
      v5: 5,
      v6: 6,
      v7: 7,
      v8: 8
    };
    const v = versionMap[def.version];
    if (v === void 0)
      throw new Error(`Invalid UUID version: "${def.version}"`);
    def.pattern ?? (def.pattern = uuid(v));
  } else
    def.pattern ?? (def.pattern = uuid());
  $ZodStringFormat.init(inst, def);
});
var $ZodEmail = /* @__PURE__ */ $constructor("$ZodEmail", (inst, def) => {
  def.pattern ?? (def.pattern = email);
  $ZodStringFormat.init(inst, def);
});
var URL_BAD_FORMAT = 1;
var URL_UNPARSEABLE = 2;
function canParseURL(input) {
  try {
    if (typeof URL !== "undefined" && typeof URL.canParse === "function")
      return URL.canParse(input);
    new URL(input);
    return true;
  } catch {
    return false;
  }
}
function validateURL(trimmed, def) {
  if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) {
    return canParseURL(trimmed) || URL_UNPARSEABLE;
  }
  return parseURLObject(trimmed, def);
}
function parseURLObject(trimmed, def) {
  if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) {
    return URL_BAD_FORMAT;
  }
  try {
    if (typeof URL !== "undefined") {
      const URLStatic = URL;
      if (typeof URLStatic.parse === "function")
        return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
    }
    return new URL(trimmed);
  } catch {
    return URL_UNPARSEABLE;
  }
}
var asciiTabOrNewline = /[\t\n\r]/g;
function stripTabAndNewline(value) {
  return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname) {
  hostname.lastIndex = 0;
  return hostname.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
  protocol.lastIndex = 0;
  return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
var $ZodURL = /* @__PURE__ */ $constructor("$ZodURL", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    try {
      const trimmed = payload.value.trim();
      const url = validateURL(trimmed, def);
      if (url === URL_BAD_FORMAT) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid URL format",
          input: payload.value,
          inst,
          continue: !def.abort
        });
        return;
      }
      if (url === URL_UNPARSEABLE) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          input: payload.value,
          inst,
          continue: !def.abort
        });
        return;
      }
      if (url === true) {
        payload.value = stripTabAndNewline(trimmed);
        return;
      }
      if (def.hostname && !urlHostnameOk(url, def.hostname)) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid hostname",
          pattern: def.hostname.source,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      }
      if (def.protocol && !urlProtocolOk(url, def.protocol)) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid protocol",
          pattern: def.protocol.source,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      }
      payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
      return;
    } catch (_) {
      payload.issues.push({
        code: "invalid_format",
        format: "url",
        input: payload.value,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodEmoji = /* @__PURE__ */ $constructor("$ZodEmoji", (inst, def) => {
  def.pattern ?? (def.pattern = emoji());
  $ZodStringFormat.init(inst, def);
});
var $ZodNanoID = /* @__PURE__ */ $constructor("$ZodNanoID", (inst, def) => {
  if (def.length !== void 0 && (!Number.isInteger(def.length) || def.length < 1))
    throw new Error(`Invalid nanoid length: ${def.length}`);
  def.pattern ?? (def.pattern = def.length === void 0 ? nanoid : nanoidOfLength(def.length));
  $ZodStringFormat.init(inst, def);
});
var $ZodCUID = /* @__PURE__ */ $constructor("$ZodCUID", (inst, def) => {
  def.pattern ?? (def.pattern = cuid);
  $ZodStringFormat.init(inst, def);
});
var $ZodCUID2 = /* @__PURE__ */ $constructor("$ZodCUID2", (inst, def) => {
  def.pattern ?? (def.pattern = cuid2);
  $ZodStringFormat.init(inst, def);
});
var $ZodULID = /* @__PURE__ */ $constructor("$ZodULID", (inst, def) => {
  def.pattern ?? (def.pattern = ulid);
  $ZodStringFormat.init(inst, def);
});
var $ZodXID = /* @__PURE__ */ $constructor("$ZodXID", (inst, def) => {
  def.pattern ?? (def.pattern = xid);
  $ZodStringFormat.init(inst, def);
});
var $ZodKSUID = /* @__PURE__ */ $constructor("$ZodKSUID", (inst, def) => {
  def.pattern ?? (def.pattern = ksuid);
  $ZodStringFormat.init(inst, def);
});
var $ZodISODateTime = /* @__PURE__ */ $constructor("$ZodISODateTime", (inst, def) => {
  def.pattern ?? (def.pattern = datetime(def));
  $ZodStringFormat.init(inst, def);
});
var $ZodISODate = /* @__PURE__ */ $constructor("$ZodISODate", (inst, def) => {
  def.pattern ?? (def.pattern = date);
  $ZodStringFormat.init(inst, def);
});
var $ZodISOTime = /* @__PURE__ */ $constructor("$ZodISOTime", (inst, def) => {
  def.pattern ?? (def.pattern = time(def));
  $ZodStringFormat.init(inst, def);
});
var $ZodISODuration = /* @__PURE__ */ $constructor("$ZodISODuration", (inst, def) => {
  def.pattern ?? (def.pattern = duration);
  $ZodStringFormat.init(inst, def);
});
var $ZodIPv4 = /* @__PURE__ */ $constructor("$ZodIPv4", (inst, def) => {
  def.pattern ?? (def.pattern = ipv4);
  $ZodStringFormat.init(inst, def);
});
var ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
function isValidIPv6(value) {
  if (!ipv6Alphabet.test(value))
    return false;
  return canParseURL(`http://[${value}]`);
}
var $ZodIPv6 = /* @__PURE__ */ $constructor("$ZodIPv6", (inst, def) => {
  def.pattern ?? (def.pattern = ipv6);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (!isValidIPv6(payload.value)) {
      payload.issues.push({
        code: "invalid_format",
        format: "ipv6",
        input: payload.value,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodCIDRv4 = /* @__PURE__ */ $constructor("$ZodCIDRv4", (inst, def) => {
  def.pattern ?? (def.pattern = cidrv4);
  $ZodStringFormat.init(inst, def);
});
function isValidCIDRv6(value) {
  const parts = value.split("/");
  if (parts.length !== 2)
    return false;
  const [address2, prefix] = parts;
  if (!prefix)
    return false;
  const prefixNum = Number(prefix);
  if (`${prefixNum}` !== prefix)
    return false;
  if (prefixNum < 0 || prefixNum > 128)
    return false;
  return isValidIPv6(address2);
}
var $ZodCIDRv6 = /* @__PURE__ */ $constructor("$ZodCIDRv6", (inst, def) => {
  def.pattern ?? (def.pattern = cidrv6);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (!isValidCIDRv6(payload.value)) {
      payload.issues.push({
        code: "invalid_format",
        format: "cidrv6",
        input: payload.value,
        inst,
        continue: !def.abort
      });
    }
  };
});
function isValidBase64(data) {
  if (data === "")
    return true;
  if (/\s/.test(data))
    return false;
  if (data.length % 4 !== 0)
    return false;
  try {
    atob(data);
    return true;
  } catch {
    return false;
  }
}
var base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
var $ZodBase64 = /* @__PURE__ */ $constructor("$ZodBase64", (inst, def) => {
  def.pattern ?? (def.pattern = base64Charset);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (isValidBase64(payload.value))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "base64",
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var base64urlCharset = /^[A-Za-z0-9_-]*$/;
function isValidBase64URL(data) {
  if (!base64urlCharset.test(data))
    return false;
  const base642 = data.replace(/[-_]/g, (c) => c === "-" ? "+" : "/");
  const padded = base642.padEnd(Math.ceil(base642.length / 4) * 4, "=");
  return isValidBase64(padded);
}
var $ZodBase64URL = /* @__PURE__ */ $constructor("$ZodBase64URL", (inst, def) => {
  def.pattern ?? (def.pattern = base64urlCharset);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (isValidBase64URL(payload.value))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "base64url",
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodE164 = /* @__PURE__ */ $constructor("$ZodE164", (inst, def) => {
  def.pattern ?? (def.pattern = e164);
  $ZodStringFormat.init(inst, def);
});
function isValidJWT(token, algorithm = null) {
  try {
    const tokensParts = token.split(".");
    if (tokensParts.length !== 3)
      return false;
    const [header] = tokensParts;
    if (!header)
      return false;
    const parsedHeader = JSON.parse(atob(header));
    if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT")
      return false;
    if (!parsedHeader.alg)
      return false;
    if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm))
      return false;
    return true;
  } catch {
    return false;
  }
}
var $ZodJWT = /* @__PURE__ */ $constructor("$ZodJWT", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (isValidJWT(payload.value, def.alg))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "jwt",
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = boolean;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Boolean(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "boolean")
      return payload;
    payload.issues.push({
      expected: "boolean",
      code: "invalid_type",
      input,
      inst
    });
    return payload;
  };
});
var $ZodUnknown = /* @__PURE__ */ $constructor("$ZodUnknown", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload) => payload;
});
var $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _ctx) => {
    payload.issues.push({
      expected: "never",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
function capSize(inst, size) {
  const caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  const cap = Math.min(...caps.map((c) => c[0]));
  const parse2 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    const n = size(payload.value);
    if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
      for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
        if (n > max && ch._zod.def.when(payload)) {
          const start = payload.issues.length;
          ch._zod.check(payload);
          payload.issues[start].continue = false;
          attachSchema(payload.issues, start, inst);
          return payload;
        }
      }
    }
    return parse2(payload, ctx);
  };
}
var arraySize = (input) => Array.isArray(input) ? input.length : -1;
function handleArrayResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
var $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
  $ZodType.init(inst, def);
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!Array.isArray(input)) {
      payload.issues.push({
        expected: "array",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo2 ? memo2.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
    const proms = [];
    const abortEarly = ctx?.abortEarly;
    for (let i = 0; i < input.length; i++) {
      const item = input[i];
      const result = def.element._zod.run({
        value: item,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        proms.push(result.then((result2) => handleArrayResult(result2, payload, i)));
      } else {
        handleArrayResult(result, payload, i);
        if (abortEarly && result.issues.length !== 0 && aborted(result))
          break;
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
  capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
  const isPresent = key in input;
  const isOptionalOut = optout === "optional";
  if (!isPresent && isOptionalOut && optin === "optional") {
    return;
  }
  if (result.issues.length) {
    if (optin !== void 0 && isOptionalOut && !isPresent) {
      return;
    }
    final.issues.push(...prefixIssues(key, result.issues));
  }
  if (!isPresent && optin === void 0) {
    if (!result.issues.length) {
      final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
    }
    return;
  }
  if (result.value === void 0) {
    if (isPresent || optin === "defaulted" && !isOptionalOut) {
      final.value[key] = void 0;
    }
  } else {
    final.value[key] = result.value;
  }
}
var NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
  const keys = Object.keys(def.shape);
  const ownSymbols = Object.getOwnPropertySymbols(def.shape);
  const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
  const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  for (const k of allKeys) {
    if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
      throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
    }
  }
  const okeys = optionalKeys(def.shape);
  return {
    ...def,
    allKeys,
    symbolKeys,
    // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
    keySet: new Set(keys),
    numKeys: keys.length,
    optionalKeys: new Set(okeys)
  };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
  const unrecognized = [];
  const keySet = def.keySet;
  const _catchall = def.catchall._zod;
  const t = _catchall.def.type;
  const optin = _catchall.optin;
  const optout = _catchall.optout;
  let seen = 0;
  for (const key in input) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen))
        break;
      seen = payload.issues.length;
    }
    if (keySet.has(key))
      continue;
    if (key === "__proto__") {
      if (t === "never")
        unrecognized.push(key);
      continue;
    }
    if (t === "never") {
      unrecognized.push(key);
      continue;
    }
    const r = _catchall.run({ value: input[key], issues: [] }, ctx);
    if (r instanceof Promise) {
      proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
    } else {
      handlePropertyResult(r, payload, key, input, optin, optout);
    }
  }
  if (unrecognized.length) {
    payload.issues.push({
      code: "unrecognized_keys",
      keys: unrecognized,
      input,
      inst,
      // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
      continue: true
    });
  }
  if (!proms.length)
    return payload;
  return Promise.all(proms).then(() => {
    return payload;
  });
}
var $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
  $ZodType.init(inst, def);
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  const sh = desc?.get ? desc.get.raw : def.shape ?? {};
  if (sh) {
    const get = () => {
      const newSh = { ...sh };
      Object.defineProperty(def, "shape", { value: newSh });
      get.raw = newSh;
      return newSh;
    };
    get.raw = sh;
    Object.defineProperty(def, "shape", { get });
  }
  const _normalized = cached(() => normalizeDef(def));
  defineLazyInternal(inst, "propValues", (zod) => {
    const shape = zod.def.shape;
    const propValues = {};
    for (const key in shape) {
      const field = shape[key]._zod;
      if (field.values) {
        if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
          assignProp(propValues, key, /* @__PURE__ */ new Set());
        }
        for (const v of field.values)
          propValues[key].add(v);
        if (field.optin !== void 0)
          propValues[key].add(void 0);
      }
    }
    return propValues;
  });
  const isObject2 = isObject;
  const catchall = def.catchall;
  let value;
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input = payload.value;
    if (!isObject2(input)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
    const proms = [];
    const shape = value.shape;
    const abortEarly = ctx?.abortEarly;
    let seen = payload.issues.length;
    for (const key of value.allKeys) {
      if (abortEarly && payload.issues.length !== seen) {
        if (aborted(payload, seen))
          break;
        seen = payload.issues.length;
      }
      if (key === "__proto__")
        continue;
      const el = shape[key];
      const optin = el._zod.optin;
      const optout = el._zod.optout;
      const r = el._zod.run({ value: input[key], issues: [] }, ctx);
      if (r instanceof Promise) {
        proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
      } else {
        handlePropertyResult(r, payload, key, input, optin, optout);
      }
    }
    if (!catchall) {
      return proms.length ? Promise.all(proms).then(() => payload) : payload;
    }
    return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
  };
});
var $ZodObjectJIT = /* @__PURE__ */ $constructor("$ZodObjectJIT", (inst, def) => {
  $ZodObject.init(inst, def);
  const superParse = inst._zod.parse;
  const _normalized = cached(() => normalizeDef(def));
  const memo2 = globalConfig.memoizer;
  const generateFastpass = (shape) => {
    const normalized = _normalized.value;
    const syms = normalized.symbolKeys;
    const doc = new Doc(["payload", "ctx"], { shape, inst, memo: memo2, syms });
    const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
    const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
    doc.write(`const input = payload.value;`);
    const ids = /* @__PURE__ */ Object.create(null);
    let counter = 0;
    for (const key of normalized.allKeys) {
      ids[key] = `key_${counter++}`;
    }
    doc.write(memo2 ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
    for (const key of normalized.allKeys) {
      if (key === "__proto__")
        continue;
      const id = ids[key];
      const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : esc(key);
      const isPresent = `${k} in input`;
      const schema = shape[key];
      const optin = schema?._zod?.optin;
      const isOptionalIn = optin !== void 0;
      const isOptionalOut = schema?._zod?.optout === "optional";
      doc.write(`const ${id} = ${parseStr(k)};`);
      if (isOptionalIn && isOptionalOut) {
        const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
        doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
      } else if (!isOptionalIn) {
        doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
      } else {
        doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
        if (optin === "defaulted") {
          doc.write(`newResult[${k}] = ${id}.value;`);
        } else {
          doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
        }
      }
    }
    doc.write(`payload.value = newResult;`);
    doc.write(`return payload;`);
    return doc.compile();
  };
  let fastpass;
  const isObject2 = isObject;
  const jit = !globalConfig.jitless;
  const allowsEval2 = allowsEval;
  const fastEnabled = jit && allowsEval2.value;
  const catchall = def.catchall;
  let value;
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input = payload.value;
    if (!isObject2(input)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
      if (!fastpass)
        fastpass = generateFastpass(def.shape);
      payload = fastpass(payload, ctx);
      if (!catchall)
        return payload;
      return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
    }
    return superParse(payload, ctx);
  };
});
function handleUnionResults(results, final, inst, ctx) {
  for (const result of results) {
    if (result.issues.length === 0) {
      final.value = result.value;
      return final;
    }
  }
  const nonaborted = results.filter((r) => !aborted(r));
  if (nonaborted.length === 1) {
    final.value = nonaborted[0].value;
    return nonaborted[0];
  }
  final.issues.push({
    code: "invalid_union",
    input: final.value,
    inst,
    errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
  });
  return final;
}
var $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
  defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
  defineLazyInternal(inst, "values", (zod) => {
    if (zod.def.options.every((o) => o._zod.values)) {
      return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
    }
    return void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    if (zod.def.options.every((o) => o._zod.pattern)) {
      const patterns = zod.def.options.map((o) => o._zod.pattern);
      return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
    }
    return void 0;
  });
  const first = def.options.length === 1 ? def.options[0]._zod.run : null;
  inst._zod.parse = (payload, ctx) => {
    if (first) {
      return first(payload, ctx);
    }
    let async = false;
    const results = [];
    for (const option of def.options) {
      const result = option._zod.run({
        value: payload.value,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        results.push(result);
        async = true;
      } else {
        if (result.issues.length === 0)
          return result;
        results.push(result);
      }
    }
    if (!async)
      return handleUnionResults(results, payload, inst, ctx);
    return Promise.all(results).then((results2) => {
      return handleUnionResults(results2, payload, inst, ctx);
    });
  };
});
var $ZodIntersection = /* @__PURE__ */ $constructor("$ZodIntersection", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    const left = def.left._zod.run({ value: input, issues: [] }, ctx);
    const right = def.right._zod.run({ value: input, issues: [] }, ctx);
    const async = left instanceof Promise || right instanceof Promise;
    if (async) {
      return Promise.all([left, right]).then(([left2, right2]) => {
        return handleIntersectionResults(payload, left2, right2);
      });
    }
    return handleIntersectionResults(payload, left, right);
  };
});
function mergeValues(a, b) {
  if (a === b) {
    return { valid: true, data: a };
  }
  if (a instanceof Date && b instanceof Date && +a === +b) {
    return { valid: true, data: a };
  }
  if (isPlainObject2(a) && isPlainObject2(b)) {
    const bKeys = Object.keys(b);
    const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
    const newObj = { ...a, ...b };
    if (Object.prototype.hasOwnProperty.call(newObj, "__proto__"))
      delete newObj.__proto__;
    for (const key of sharedKeys) {
      if (key === "__proto__")
        continue;
      const sharedValue = mergeValues(a[key], b[key]);
      if (!sharedValue.valid) {
        return {
          valid: false,
          mergeErrorPath: [key, ...sharedValue.mergeErrorPath]
        };
      }
      newObj[key] = sharedValue.data;
    }
    return { valid: true, data: newObj };
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) {
      return { valid: false, mergeErrorPath: [] };
    }
    const newArray = [];
    for (let index = 0; index < a.length; index++) {
      const itemA = a[index];
      const itemB = b[index];
      const sharedValue = mergeValues(itemA, itemB);
      if (!sharedValue.valid) {
        return {
          valid: false,
          mergeErrorPath: [index, ...sharedValue.mergeErrorPath]
        };
      }
      newArray.push(sharedValue.data);
    }
    return { valid: true, data: newArray };
  }
  return { valid: false, mergeErrorPath: [] };
}
function handleIntersectionResults(result, left, right) {
  const unrecKeys = /* @__PURE__ */ new Map();
  let unrecIssue;
  const keyIssues = /* @__PURE__ */ new Map();
  const collect = (iss, side) => {
    let keys;
    if (iss.code === "unrecognized_keys" && !iss.path?.length) {
      unrecIssue ?? (unrecIssue = iss);
      keys = iss.keys;
    } else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
      const k = String(iss.path[0]);
      if (!keyIssues.has(k))
        keyIssues.set(k, iss);
      keys = [k];
    } else {
      return false;
    }
    for (const k of keys) {
      if (!unrecKeys.has(k))
        unrecKeys.set(k, {});
      unrecKeys.get(k)[side] = true;
    }
    return true;
  };
  for (const iss of left.issues) {
    if (!collect(iss, "l"))
      result.issues.push(iss);
  }
  for (const iss of right.issues) {
    if (!collect(iss, "r"))
      result.issues.push(iss);
  }
  const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
  if (bothKeys.length) {
    const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
    if (aggregated.length)
      result.issues.push({ ...unrecIssue, keys: aggregated });
    for (const k of bothKeys) {
      if (!aggregated.includes(k) && keyIssues.has(k))
        result.issues.push(keyIssues.get(k));
    }
  }
  const merged = mergeValues(left.value, right.value);
  if (!merged.valid) {
    if (aborted(result))
      return result;
    throw new Error(`Unmergable intersection. Error path: ${JSON.stringify(merged.mergeErrorPath)}`);
  }
  result.value = merged.data;
  return result;
}
var $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
  $ZodType.init(inst, def);
  const values = getEnumValues(def.entries);
  const valuesSet = new Set(values);
  inst._zod.values = valuesSet;
  defineLazyInternal(inst, "pattern", (zod) => {
    const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
    return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (valuesSet.has(input)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values,
      input,
      inst
    });
    return payload;
  };
});
var $ZodTransform = /* @__PURE__ */ $constructor("$ZodTransform", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "optional";
  globalConfig.memoizer?.guard(inst);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      throw new $ZodEncodeError(inst.constructor.name);
    }
    const _out = def.transform(payload.value, payload);
    if (ctx.async) {
      const output = _out instanceof Promise ? _out : Promise.resolve(_out);
      return output.then((output2) => {
        payload.value = output2;
        return payload;
      });
    }
    if (_out instanceof Promise) {
      throw new $ZodAsyncError();
    }
    payload.value = _out;
    return payload;
  };
});
function handleOptionalResult(payload, result) {
  payload.value = result.issues.length ? void 0 : result.value;
  return payload;
}
var $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  inst._zod.optout = "optional";
  defineLazyInternal(inst, "values", (zod) => {
    const values = zod.def.innerType._zod.values;
    return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === void 0) {
      if (def.innerType._zod.optin !== "defaulted")
        return payload;
      const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
      if (result instanceof Promise)
        return result.then((result2) => handleOptionalResult(payload, result2));
      return handleOptionalResult(payload, result);
    }
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodExactOptional = /* @__PURE__ */ $constructor("$ZodExactOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
  inst._zod.parse = (payload, ctx) => {
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodNullable = /* @__PURE__ */ $constructor("$ZodNullable", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
  });
  defineLazyInternal(inst, "values", (zod) => {
    return zod.def.innerType._zod.values ? /* @__PURE__ */ new Set([...zod.def.innerType._zod.values, null]) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === null)
      return payload;
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodDefault = /* @__PURE__ */ $constructor("$ZodDefault", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "defaulted";
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    if (payload.value === void 0) {
      payload.value = def.defaultValue;
      return payload;
    }
    const result = def.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleDefaultResult(result2, def));
    }
    return handleDefaultResult(result, def);
  };
});
function handleDefaultResult(payload, def) {
  if (payload.value === void 0) {
    payload.value = def.defaultValue;
  }
  return payload;
}
var $ZodPrefault = /* @__PURE__ */ $constructor("$ZodPrefault", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "defaulted";
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    if (payload.value === void 0) {
      payload.value = def.defaultValue;
    }
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodNonOptional = /* @__PURE__ */ $constructor("$ZodNonOptional", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => {
    const v = zod.def.innerType._zod.values;
    return v ? new Set([...v].filter((x) => x !== void 0)) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    const result = def.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleNonOptionalResult(result2, inst));
    }
    return handleNonOptionalResult(result, inst);
  };
});
function handleNonOptionalResult(payload, inst) {
  if (!payload.issues.length && payload.value === void 0) {
    payload.issues.push({
      code: "invalid_type",
      expected: "nonoptional",
      input: payload.value,
      inst
    });
  }
  return payload;
}
function handleCatchResult(payload, result, def, ctx) {
  if (!result.issues.length) {
    payload.value = result.value;
    if (result.memo)
      payload.memo = true;
    return payload;
  }
  payload.value = def.catchValue({
    ...result,
    value: payload.value,
    error: {
      issues: result.issues.map((iss) => finalizeIssue(iss, ctx, config()))
    },
    input: payload.value
  });
  return payload;
}
var $ZodCatch = /* @__PURE__ */ $constructor("$ZodCatch", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleCatchResult(payload, result2, def, ctx));
    }
    return handleCatchResult(payload, result, def, ctx);
  };
});
var $ZodPipe = /* @__PURE__ */ $constructor("$ZodPipe", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
  defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
  defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      const right = def.out._zod.run(payload, ctx);
      if (right instanceof Promise) {
        return right.then((right2) => handlePipeResult(right2, def.in, ctx));
      }
      return handlePipeResult(right, def.in, ctx);
    }
    const left = def.in._zod.run(payload, ctx);
    if (left instanceof Promise) {
      return left.then((left2) => handlePipeResult(left2, def.out, ctx));
    }
    return handlePipeResult(left, def.out, ctx);
  };
});
function handlePipeResult(left, next, ctx) {
  if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
    left.aborted = true;
    return left;
  }
  return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
var $ZodReadonly = /* @__PURE__ */ $constructor("$ZodReadonly", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    const result = def.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then(handleReadonlyResult);
    }
    return handleReadonlyResult(result);
  };
});
function handleReadonlyResult(payload) {
  if (!payload.memo)
    payload.value = Object.freeze(payload.value);
  return payload;
}
var $ZodCustom = /* @__PURE__ */ $constructor("$ZodCustom", (inst, def) => {
  $ZodCheck.init(inst, def);
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _) => {
    return payload;
  };
  inst._zod.check = (payload) => {
    const input = payload.value;
    const r = def.fn(input);
    if (r instanceof Promise) {
      return r.then((r2) => handleRefineResult(r2, payload, input, inst));
    }
    handleRefineResult(r, payload, input, inst);
    return;
  };
});
function handleRefineResult(result, payload, input, inst) {
  if (!result) {
    const _iss = {
      code: "custom",
      input,
      inst,
      // incorporates params.error into issue reporting
      path: [...inst._zod.def.path ?? []],
      // incorporates params.error into issue reporting
      continue: !inst._zod.def.abort
      // params: inst._zod.def.params,
    };
    if (inst._zod.def.params)
      _iss.params = inst._zod.def.params;
    payload.issues.push(issue(_iss));
  }
}

// node_modules/zod/v4/core/memoizer.js
var $ZodCyclicError = class extends Error {
  constructor() {
    super(`Cannot parse a reference cycle that closes through a transform`);
    this.name = "ZodCyclicError";
  }
};
var STATE = "~memo";
var NO_ISSUES = [];
function isRef(value) {
  return value !== null && typeof value === "object";
}
function cloneIssues(issues) {
  return issues.map((iss) => iss.path ? { ...iss, path: iss.path.slice() } : { ...iss });
}
var recursive = /* @__PURE__ */ new WeakMap();
var NONE = 0;
var ASSUMED = 1;
var PROVEN = 2;
function isRecursive(inst, stack, resolve5) {
  const cached2 = recursive.get(inst);
  if (cached2 !== void 0)
    return cached2 ? PROVEN : NONE;
  if (stack.has(inst))
    return PROVEN;
  stack.add(inst);
  let result = NONE;
  const check = (child) => {
    if (result !== PROVEN && child?._zod) {
      const answer = isRecursive(child, stack, resolve5);
      if (answer > result)
        result = answer;
    }
  };
  const shape = (sh, spread) => {
    let answer = NONE;
    for (const key of Reflect.ownKeys(sh)) {
      const desc = Object.getOwnPropertyDescriptor(sh, key);
      if (spread && !desc.enumerable)
        continue;
      const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve5) : NONE;
      if (child > answer)
        answer = child;
    }
    return answer;
  };
  const merge2 = (answer) => {
    if (answer > result)
      result = answer;
  };
  const def = inst._zod.def;
  const kind = def.type;
  switch (kind) {
    case "object": {
      const raw = rawShape(def);
      merge2(raw ? shape(raw, true) : ASSUMED);
      check(def.catchall);
      break;
    }
    case "array":
      check(def.element);
      break;
    case "tuple":
      for (const el of def.items)
        check(el);
      check(def.rest);
      break;
    case "record":
    case "map":
      check(def.keyType);
      check(def.valueType);
      break;
    case "set":
      check(def.valueType);
      break;
    case "union":
      for (const el of def.options)
        check(el);
      break;
    case "intersection":
      check(def.left);
      check(def.right);
      break;
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
    case "promise":
    case "success":
      check(def.innerType);
      break;
    case "pipe":
      check(def.in);
      check(def.out);
      break;
    case "function":
      check(def.input);
      check(def.output);
      break;
    // `$ZodLazy` caches its inner on the def, so a resolved edge is followed exactly
    case "lazy": {
      const inner = def._cachedInner ?? (resolve5 ? inst._zod.innerType : void 0);
      merge2(inner ? isRecursive(inner, stack, false) : ASSUMED);
      break;
    }
    // a leaf by choice: `parts` are regex fragments, not data positions
    case "template_literal":
    // leaves
    case "string":
    case "number":
    case "int":
    case "boolean":
    case "bigint":
    case "symbol":
    case "undefined":
    case "null":
    case "void":
    case "never":
    case "any":
    case "unknown":
    case "date":
    case "nan":
    case "enum":
    case "literal":
    case "file":
    case "transform":
    case "custom":
      break;
    default: {
      kind;
      for (const key in def) {
        const desc = Object.getOwnPropertyDescriptor(def, key);
        if (!desc || desc.get)
          continue;
        const value = desc.value;
        if (!value || typeof value !== "object")
          continue;
        if (value._zod)
          check(value);
        else if (Array.isArray(value))
          for (const el of value)
            check(el);
      }
    }
  }
  stack.delete(inst);
  return settle(inst, result);
}
function settle(inst, answer) {
  if (answer !== ASSUMED)
    recursive.set(inst, answer === PROVEN);
  return answer;
}
function bucketFor(state, inst) {
  let bucket = state.buckets.get(inst);
  if (!bucket) {
    bucket = /* @__PURE__ */ new WeakMap();
    state.buckets.set(inst, bucket);
  }
  return bucket;
}
var handoff;
var open = [];
var memo = {
  alloc(_inst, payload, empty) {
    const bucket = handoff;
    if (!bucket)
      return empty;
    handoff = void 0;
    const entry = { value: empty, issues: null };
    bucket.set(payload.value, entry);
    open.push(entry);
    return empty;
  },
  guard(inst) {
    var _a3;
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred.push(() => {
      const base = inst._zod.parse;
      const wrapped = (payload, ctx) => {
        if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value))
          throw new $ZodCyclicError();
        return base(payload, ctx);
      };
      inst._zod.parse = wrapped;
      if (inst._zod.run === base)
        inst._zod.run = wrapped;
    });
  },
  attach(inst) {
    var _a3;
    let isRecursiveInst;
    let rechecked = false;
    let lastCtx;
    let lastBucket;
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred.push(() => {
      const base = inst._zod.parse;
      const wrapped = (payload, ctx) => {
        if (isRecursiveInst === void 0) {
          const walked = isRecursive(inst, /* @__PURE__ */ new Set(), false);
          if (walked === NONE) {
            inst._zod.parse = base;
            if (inst._zod.run === wrapped)
              inst._zod.run = base;
            return base(payload, ctx);
          }
          if (walked === PROVEN || rechecked)
            isRecursiveInst = true;
          else
            rechecked = true;
        }
        const input = payload.value;
        if (!isRef(input))
          return base(payload, ctx);
        let state = ctx[STATE];
        if (!state) {
          state = { buckets: /* @__PURE__ */ new WeakMap(), backEdges: void 0 };
          ctx[STATE] = state;
        }
        let bucket;
        if (lastCtx === ctx) {
          bucket = lastBucket;
        } else {
          bucket = bucketFor(state, inst);
          lastCtx = ctx;
          lastBucket = bucket;
        }
        const hit = bucket.get(input);
        if (hit) {
          payload.value = hit.value;
          if (hit.issues) {
            if (hit.issues.length)
              payload.issues.push(...cloneIssues(hit.issues));
          } else {
            payload.memo = true;
            state.backEdges ?? (state.backEdges = /* @__PURE__ */ new WeakSet());
            state.backEdges.add(hit.value);
          }
          return payload;
        }
        handoff = bucket;
        const depth = open.length;
        const result = base(payload, ctx);
        handoff = void 0;
        const entry = open.length > depth ? open.pop() : void 0;
        if (result instanceof Promise) {
          return result.then((r) => {
            if (entry)
              entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
            return r;
          });
        }
        if (entry)
          entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
        return result;
      };
      inst._zod.parse = wrapped;
      if (inst._zod.run === base)
        inst._zod.run = wrapped;
    });
  }
};
function memoizer() {
  return memo;
}
function isBackEdge(ctx, value) {
  const backEdges = ctx[STATE]?.backEdges;
  return backEdges !== void 0 && isRef(value) && backEdges.has(value);
}

// node_modules/zod/v4/locales/en.js
var error = () => {
  const Sizable = {
    string: { unit: "characters", verb: "to have" },
    file: { unit: "bytes", verb: "to have" },
    array: { unit: "items", verb: "to have" },
    set: { unit: "items", verb: "to have" },
    map: { unit: "entries", verb: "to have" }
  };
  function getSizing(origin) {
    return Sizable[origin] ?? null;
  }
  const FormatDictionary = {
    regex: "input",
    email: "email address",
    url: "URL",
    emoji: "emoji",
    uuid: "UUID",
    uuidv4: "UUIDv4",
    uuidv6: "UUIDv6",
    nanoid: "nanoid",
    guid: "GUID",
    cuid: "cuid",
    cuid2: "cuid2",
    ulid: "ULID",
    xid: "XID",
    ksuid: "KSUID",
    datetime: "ISO datetime",
    date: "ISO date",
    time: "ISO time",
    duration: "ISO duration",
    ipv4: "IPv4 address",
    ipv6: "IPv6 address",
    mac: "MAC address",
    cidrv4: "IPv4 range",
    cidrv6: "IPv6 range",
    base64: "base64-encoded string",
    base64url: "base64url-encoded string",
    json_string: "JSON string",
    e164: "E.164 number",
    currency_code: "currency code",
    credit_card: "credit card number",
    iban: "IBAN",
    jwt: "JWT",
    template_literal: "input"
  };
  const TypeDictionary = {
    // Compatibility: "nan" -> "NaN" for display
    nan: "NaN"
    // All other type names omitted - they fall back to raw values via ?? operator
  };
  function getTypeName(type, input) {
    if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
      return String(input);
    }
    return TypeDictionary[type] ?? type;
  }
  return (issue2) => {
    switch (issue2.code) {
      case "invalid_type": {
        const expected = getTypeName(issue2.expected);
        const receivedType = parsedType(issue2.input);
        const received = getTypeName(receivedType, issue2.input);
        return `Invalid input: expected ${expected}, received ${received}`;
      }
      case "invalid_value":
        if (issue2.values.length === 1)
          return `Invalid input: expected ${stringifyPrimitive(issue2.values[0])}`;
        return `Invalid option: expected one of ${joinValues(issue2.values, "|")}`;
      case "too_big": {
        const adj = issue2.exact ? "exactly " : issue2.inclusive ? "<=" : "<";
        const sizing = getSizing(issue2.origin);
        if (sizing)
          return `Too big: expected ${issue2.origin ?? "value"} to have ${adj}${issue2.maximum.toString()} ${sizing.unit ?? "elements"}`;
        return `Too big: expected ${issue2.origin ?? "value"} to be ${adj}${issue2.maximum.toString()}`;
      }
      case "too_small": {
        const adj = issue2.exact ? "exactly " : issue2.inclusive ? ">=" : ">";
        const sizing = getSizing(issue2.origin);
        if (sizing) {
          return `Too small: expected ${issue2.origin} to have ${adj}${issue2.minimum.toString()} ${sizing.unit}`;
        }
        return `Too small: expected ${issue2.origin} to be ${adj}${issue2.minimum.toString()}`;
      }
      case "invalid_format": {
        const _issue = issue2;
        if (_issue.format === "starts_with") {
          return `Invalid string: must start with "${_issue.prefix}"`;
        }
        if (_issue.format === "ends_with")
          return `Invalid string: must end with "${_issue.suffix}"`;
        if (_issue.format === "includes")
          return `Invalid string: must include "${_issue.includes}"`;
        if (_issue.format === "regex")
          return `Invalid string: must match pattern ${_issue.pattern}`;
        return `Invalid ${FormatDictionary[_issue.format] ?? issue2.format}`;
      }
      case "not_multiple_of":
        return `Invalid number: must be a multiple of ${issue2.divisor}`;
      case "unrecognized_keys":
        return `Unrecognized key${issue2.keys.length > 1 ? "s" : ""}: ${joinValues(issue2.keys, ", ")}`;
      case "invalid_key":
        return `Invalid key in ${issue2.origin}`;
      case "invalid_union":
        if (issue2.options && Array.isArray(issue2.options) && issue2.options.length > 0) {
          const opts = issue2.options.map((o) => `'${o}'`).join(" | ");
          return `Invalid discriminator value. Expected ${opts}`;
        }
        if (issue2.inclusive === false) {
          return "Invalid input: more than one option matched";
        }
        return "Invalid input";
      case "invalid_element":
        return `Invalid value in ${issue2.origin}`;
      default:
        return `Invalid input`;
    }
  };
};
function en_default() {
  return {
    localeError: error()
  };
}

// node_modules/zod/v4/core/registries.js
var _a2;
var $ZodRegistry = class {
  constructor() {
    this._map = /* @__PURE__ */ new WeakMap();
    this._idmap = /* @__PURE__ */ new Map();
  }
  add(schema, ..._meta) {
    const meta2 = _meta[0];
    this._map.set(schema, meta2);
    if (meta2 && typeof meta2 === "object" && "id" in meta2) {
      this._idmap.set(meta2.id, schema);
    }
    return this;
  }
  clear() {
    this._map = /* @__PURE__ */ new WeakMap();
    this._idmap = /* @__PURE__ */ new Map();
    return this;
  }
  remove(schema) {
    const meta2 = this._map.get(schema);
    if (meta2 && typeof meta2 === "object" && "id" in meta2) {
      this._idmap.delete(meta2.id);
    }
    this._map.delete(schema);
    return this;
  }
  get(schema) {
    const p = schema._zod.parent;
    if (p) {
      const pm = { ...this.get(p) ?? {} };
      delete pm.id;
      const f = { ...pm, ...this._map.get(schema) };
      return Object.keys(f).length ? f : void 0;
    }
    return this._map.get(schema);
  }
  has(schema) {
    return this._map.has(schema);
  }
};
function registry() {
  return new $ZodRegistry();
}
(_a2 = globalThis).__zod_globalRegistry ?? (_a2.__zod_globalRegistry = registry());
var globalRegistry = globalThis.__zod_globalRegistry;

// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
  if (def.checks)
    def.checks = [...def.checks];
  return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class2, params) {
  return new Class2(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _email(Class2, params) {
  return new Class2({
    type: "string",
    format: "email",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _guid(Class2, params) {
  return new Class2({
    type: "string",
    format: "guid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v4",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v6",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v7",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _url(Class2, params) {
  return new Class2({
    type: "string",
    format: "url",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _emoji2(Class2, params) {
  return new Class2({
    type: "string",
    format: "emoji",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class2, params) {
  return new Class2({
    type: "string",
    format: "nanoid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "cuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class2, params) {
  return new Class2({
    type: "string",
    format: "cuid2",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class2, params) {
  return new Class2({
    type: "string",
    format: "ulid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _xid(Class2, params) {
  return new Class2({
    type: "string",
    format: "xid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "ksuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "ipv4",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "ipv6",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "cidrv4",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "cidrv6",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _base64(Class2, params) {
  return new Class2({
    type: "string",
    format: "base64",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class2, params) {
  return new Class2({
    type: "string",
    format: "base64url",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _e164(Class2, params) {
  return new Class2({
    type: "string",
    format: "e164",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class2, params) {
  return new Class2({
    type: "string",
    format: "jwt",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class2, params) {
  return new Class2({
    type: "string",
    format: "datetime",
    check: "string_format",
    offset: false,
    local: false,
    precision: null,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class2, params) {
  return new Class2({
    type: "string",
    format: "date",
    check: "string_format",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class2, params) {
  return new Class2({
    type: "string",
    format: "time",
    check: "string_format",
    precision: null,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class2, params) {
  return new Class2({
    type: "string",
    format: "duration",
    check: "string_format",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class2, params) {
  return new Class2({
    type: "boolean",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class2) {
  return new Class2({
    type: "unknown"
  });
}
// @__NO_SIDE_EFFECTS__
function _never(Class2, params) {
  return new Class2({
    type: "never",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
  const ch = new $ZodCheckMaxLength({
    check: "max_length",
    ...normalizeParams(params),
    maximum
  });
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
  return new $ZodCheckMinLength({
    check: "min_length",
    ...normalizeParams(params),
    minimum
  });
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
  return new $ZodCheckLengthEquals({
    check: "length_equals",
    ...normalizeParams(params),
    length
  });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
  return new $ZodCheckRegex({
    check: "string_format",
    format: "regex",
    ...normalizeParams(params),
    pattern
  });
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
  return new $ZodCheckLowerCase({
    check: "string_format",
    format: "lowercase",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
  return new $ZodCheckUpperCase({
    check: "string_format",
    format: "uppercase",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
  return new $ZodCheckIncludes({
    check: "string_format",
    format: "includes",
    ...normalizeParams(params),
    includes
  });
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
  return new $ZodCheckStartsWith({
    check: "string_format",
    format: "starts_with",
    ...normalizeParams(params),
    prefix
  });
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
  return new $ZodCheckEndsWith({
    check: "string_format",
    format: "ends_with",
    ...normalizeParams(params),
    suffix
  });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
  return new $ZodCheckOverwrite({
    check: "overwrite",
    tx
  });
}
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
  return /* @__PURE__ */ _overwrite((input) => input.normalize(form));
}
// @__NO_SIDE_EFFECTS__
function _trim() {
  return /* @__PURE__ */ _overwrite((input) => input.trim());
}
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
  return /* @__PURE__ */ _overwrite((input) => input.toLowerCase());
}
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
  return /* @__PURE__ */ _overwrite((input) => input.toUpperCase());
}
// @__NO_SIDE_EFFECTS__
function _slugify() {
  return /* @__PURE__ */ _overwrite((input) => slugify(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class2, element, params) {
  return new Class2({
    type: "array",
    element,
    // get element() {
    //   return element;
    // },
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _refine(Class2, fn, _params) {
  const schema = new Class2({
    type: "custom",
    check: "custom",
    fn,
    ...normalizeParams(_params)
  });
  return schema;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
  const ch = /* @__PURE__ */ _check((payload) => {
    payload.addIssue = (issue2) => {
      if (typeof issue2 === "string") {
        payload.issues.push(issue(issue2, payload.value, ch._zod.def));
      } else {
        const _issue = issue2;
        if (_issue.fatal)
          _issue.continue = false;
        _issue.code ?? (_issue.code = "custom");
        if (!("input" in _issue))
          _issue.input = payload.value;
        _issue.inst ?? (_issue.inst = ch);
        _issue.continue ?? (_issue.continue = !ch._zod.def.abort);
        payload.issues.push(issue(_issue));
      }
    };
    return fn(payload.value, payload);
  }, params);
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
  const ch = new $ZodCheck({
    check: "custom",
    ...normalizeParams(params)
  });
  ch._zod.check = fn;
  return ch;
}

// node_modules/zod/v4/core/to-json-schema.js
function assignProps(target, ...sources) {
  for (const source of sources) {
    for (const key of Reflect.ownKeys(source)) {
      if (Object.prototype.propertyIsEnumerable.call(source, key)) {
        assignProp(target, key, source[key]);
      }
    }
  }
  return target;
}
function initializeContext(params) {
  let target = params?.target ?? "draft-2020-12";
  if (target === "draft-4")
    target = "draft-04";
  if (target === "draft-7")
    target = "draft-07";
  return {
    processors: params.processors ?? {},
    metadataRegistry: params?.metadata ?? globalRegistry,
    target,
    unrepresentable: params?.unrepresentable ?? "throw",
    override: params?.override ?? (() => {
    }),
    io: params?.io ?? "output",
    counter: 0,
    seen: /* @__PURE__ */ new Map(),
    sharedDefsExtractedFor: void 0,
    sharedEmitDoneFor: void 0,
    cycles: params?.cycles ?? "ref",
    reused: params?.reused ?? "inline",
    intersections: [],
    deferred: [],
    external: params?.external ?? void 0
  };
}
function handleUnrepresentable(schema, ctx, json, params, message) {
  const result = typeof ctx.unrepresentable === "function" ? ctx.unrepresentable({ zodSchema: schema, path: params.path, message }) : ctx.unrepresentable;
  if (result === "any")
    return false;
  if (result === void 0 || result === "throw")
    throw new Error(message);
  Object.assign(json, result);
  return true;
}
function processSchema(schema, ctx, _params = { path: [], schemaPath: [] }) {
  var _a3;
  const def = schema._zod.def;
  const seen = ctx.seen.get(schema);
  if (seen) {
    seen.count++;
    const isCycle = _params.schemaPath.includes(schema);
    if (isCycle) {
      seen.cycle = _params.path;
    }
    return seen.schema;
  }
  const result = { schema: {}, count: 1, cycle: void 0, path: _params.path };
  ctx.seen.set(schema, result);
  ctx.sharedDefsExtractedFor = void 0;
  ctx.sharedEmitDoneFor = void 0;
  const overrideSchema = schema._zod.toJSONSchema?.();
  if (overrideSchema) {
    result.schema = overrideSchema;
  } else {
    const params = {
      ..._params,
      schemaPath: [..._params.schemaPath, schema],
      path: _params.path
    };
    if (schema._zod.processJSONSchema) {
      schema._zod.processJSONSchema(ctx, result.schema, params);
    } else {
      const _json = result.schema;
      const processor = ctx.processors[def.type];
      if (!processor) {
        throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
      }
      processor(schema, ctx, _json, params);
    }
    const parent = schema._zod.parent;
    if (parent) {
      if (!result.ref)
        result.ref = parent;
      processSchema(parent, ctx, params);
      ctx.seen.get(parent).isParent = true;
    }
  }
  const meta2 = ctx.metadataRegistry.get(schema);
  if (meta2)
    assignProps(result.schema, meta2);
  if (ctx.io === "input" && isTransforming(schema)) {
    delete result.schema.examples;
    delete result.schema.default;
  }
  if (ctx.io === "input" && "_prefault" in result.schema)
    (_a3 = result.schema).default ?? (_a3.default = result.schema._prefault);
  delete result.schema._prefault;
  const _result = ctx.seen.get(schema);
  return _result.schema;
}
function encodeJSONPointerSegment(segment) {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function extractDefs(ctx, schema) {
  const root = ctx.seen.get(schema);
  if (!root)
    throw new Error("Unprocessed schema. This is a bug in Zod.");
  if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external)
    return;
  const idToSchema = /* @__PURE__ */ new Map();
  for (const entry of ctx.seen.entries()) {
    const id = ctx.metadataRegistry.get(entry[0])?.id;
    if (id) {
      const existing = idToSchema.get(id);
      if (existing && existing !== entry[0]) {
        throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
      }
      idToSchema.set(id, entry[0]);
    }
  }
  const makeURI = (entry) => {
    const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
    if (ctx.external) {
      const externalId = ctx.external.registry.get(entry[0])?.id;
      const uriGenerator = ctx.external.uri ?? ((id2) => id2);
      if (externalId) {
        return { ref: uriGenerator(externalId) };
      }
      const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
      entry[1].defId = id;
      return { defId: id, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}` };
    }
    const uriPrefix = `#`;
    const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
    if (entry[1] === root && !entry[1].schema.id) {
      return { ref: uriPrefix };
    }
    const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
    return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
  };
  const extractToDef = (entry) => {
    if (entry[1].schema.$ref) {
      return;
    }
    const seen = entry[1];
    const { ref, defId } = makeURI(entry);
    seen.def = { ...seen.schema };
    if (defId)
      seen.defId = defId;
    const schema2 = seen.schema;
    for (const key in schema2) {
      delete schema2[key];
    }
    schema2.$ref = ref;
  };
  if (ctx.cycles === "throw") {
    for (const entry of ctx.seen.entries()) {
      const seen = entry[1];
      if (seen.cycle) {
        throw new Error(`Cycle detected: #/${seen.cycle?.join("/")}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`);
      }
    }
  }
  for (const entry of ctx.seen.entries()) {
    const seen = entry[1];
    if (schema === entry[0]) {
      extractToDef(entry);
      continue;
    }
    if (ctx.external) {
      const ext = ctx.external.registry.get(entry[0])?.id;
      if (schema !== entry[0] && ext) {
        extractToDef(entry);
        continue;
      }
    }
    const id = ctx.metadataRegistry.get(entry[0])?.id;
    if (id) {
      extractToDef(entry);
      continue;
    }
    if (seen.cycle) {
      extractToDef(entry);
      continue;
    }
    if (seen.count > 1) {
      if (ctx.reused === "ref") {
        extractToDef(entry);
      }
    }
  }
  if (ctx.external)
    ctx.sharedDefsExtractedFor = ctx.external;
}
function compactTypeUnion(schema) {
  const options = schema.anyOf;
  if (!Array.isArray(options) || options.length === 0 || schema.type !== void 0)
    return;
  const types = [];
  for (const option of options) {
    if (!option || typeof option !== "object")
      return;
    compactTypeUnion(option);
    const keys = Object.keys(option);
    if (keys.length !== 1 || keys[0] !== "type")
      return;
    const type = option.type;
    for (const member of Array.isArray(type) ? type : [type]) {
      if (typeof member !== "string")
        return;
      if (!types.includes(member))
        types.push(member);
    }
  }
  delete schema.anyOf;
  schema.type = types.length === 1 ? types[0] : types;
}
var FOLDABLE_KEYS = /* @__PURE__ */ new Set(["type", "properties", "required", "additionalProperties"]);
var UNION_KEYS = ["oneOf", "anyOf"];
function undeclaredConstraint(member) {
  const extra = member.additionalProperties;
  if (extra === void 0 || extra === false || typeof extra !== "object" || extra === null)
    return null;
  return Object.keys(extra).length ? extra : null;
}
function foldObjects(members2) {
  const objects = [];
  for (const member of members2) {
    if (typeof member !== "object" || member.type !== "object")
      return null;
    for (const key in member) {
      if (!FOLDABLE_KEYS.has(key))
        return null;
    }
    objects.push(member);
  }
  const properties = {};
  const required2 = /* @__PURE__ */ new Set();
  for (const object of objects) {
    for (const key in object.properties) {
      if (Object.prototype.hasOwnProperty.call(properties, key))
        continue;
      const parts = [];
      for (const other of objects) {
        const part = other.properties?.[key] ?? undeclaredConstraint(other);
        if (part === null || part === void 0)
          continue;
        if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part)))
          parts.push(part);
      }
      const merged = parts.length === 1 ? parts[0] : foldObjects(parts) ?? { allOf: parts };
      assignProp(properties, key, merged);
    }
    for (const key of object.required ?? [])
      required2.add(key);
  }
  const folded = { type: "object", properties };
  if (required2.size)
    folded.required = [...required2];
  if (objects.every((object) => object.additionalProperties === false)) {
    folded.additionalProperties = false;
  } else {
    const constraints = [];
    for (const object of objects) {
      const constraint = undeclaredConstraint(object);
      if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint)))
        constraints.push(constraint);
    }
    if (constraints.length === 1)
      folded.additionalProperties = constraints[0];
    else if (constraints.length > 1)
      folded.additionalProperties = { allOf: constraints };
  }
  return folded;
}
function foldIntersection(json) {
  const allOf = json.allOf;
  if (!Array.isArray(allOf) || allOf.length < 2)
    return;
  for (const key of FOLDABLE_KEYS)
    if (key in json)
      return;
  const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
  let folded = null;
  if (!unions.length) {
    folded = foldObjects(allOf);
  } else {
    const union2 = unions[0];
    const keyword = UNION_KEYS.find((k) => Array.isArray(union2[k]));
    if (Object.keys(union2).length !== 1)
      return;
    const rest = allOf.filter((m) => m !== union2);
    const branches = union2[keyword].map((branch) => foldObjects([...rest, branch]));
    if (branches.some((b) => !b))
      return;
    folded = { [keyword]: branches };
  }
  if (!folded)
    return;
  delete json.allOf;
  assignProps(json, folded);
}
function finalize(ctx, schema) {
  const root = ctx.seen.get(schema);
  if (!root)
    throw new Error("Unprocessed schema. This is a bug in Zod.");
  const flattenRef = (zodSchema) => {
    const seen = ctx.seen.get(zodSchema);
    if (seen.ref === null)
      return;
    const schema2 = seen.def ?? seen.schema;
    const _cached = { ...schema2 };
    const ref = seen.ref;
    seen.ref = null;
    if (ref) {
      flattenRef(ref);
      const refSeen = ctx.seen.get(ref);
      const refSchema = refSeen.schema;
      if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
        schema2.allOf = schema2.allOf ?? [];
        schema2.allOf.push(refSchema);
      } else {
        assignProps(schema2, refSchema);
      }
      assignProps(schema2, _cached);
      const isParentRef = zodSchema._zod.parent === ref;
      if (isParentRef) {
        for (const key in schema2) {
          if (key === "$ref" || key === "allOf")
            continue;
          if (!(key in _cached)) {
            delete schema2[key];
          }
        }
      }
      if (refSchema.$ref && refSeen.def) {
        for (const key in schema2) {
          if (key === "$ref" || key === "allOf")
            continue;
          if (key in refSeen.def && JSON.stringify(schema2[key]) === JSON.stringify(refSeen.def[key])) {
            delete schema2[key];
          }
        }
      }
    }
    const parent = zodSchema._zod.parent;
    if (parent && parent !== ref) {
      flattenRef(parent);
      const parentSeen = ctx.seen.get(parent);
      if (parentSeen?.schema.$ref) {
        schema2.$ref = parentSeen.schema.$ref;
        if (parentSeen.def) {
          for (const key in schema2) {
            if (key === "$ref" || key === "allOf")
              continue;
            if (key in parentSeen.def && JSON.stringify(schema2[key]) === JSON.stringify(parentSeen.def[key])) {
              delete schema2[key];
            }
          }
        }
      }
    }
    ctx.override({
      zodSchema,
      jsonSchema: schema2,
      path: seen.path ?? []
    });
  };
  if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
    for (const entry of [...ctx.seen.entries()].reverse()) {
      flattenRef(entry[0]);
    }
    if (ctx.target !== "openapi-3.0") {
      for (const entry of ctx.seen.entries()) {
        compactTypeUnion(entry[1].def ?? entry[1].schema);
      }
    }
    for (const rewrite of ctx.deferred)
      rewrite();
    if (ctx.intersections.length) {
      const carriers = /* @__PURE__ */ new Map();
      for (const seen of ctx.seen.values()) {
        for (const json of [seen.schema, seen.def]) {
          const allOf = json?.allOf;
          if (!Array.isArray(allOf))
            continue;
          const existing = carriers.get(allOf);
          if (existing)
            existing.push(json);
          else
            carriers.set(allOf, [json]);
        }
      }
      for (const allOf of ctx.intersections) {
        for (const json of carriers.get(allOf) ?? [])
          foldIntersection(json);
      }
    }
  }
  const result = {};
  if (ctx.target === "draft-2020-12") {
    result.$schema = "https://json-schema.org/draft/2020-12/schema";
  } else if (ctx.target === "draft-07") {
    result.$schema = "http://json-schema.org/draft-07/schema#";
  } else if (ctx.target === "draft-04") {
    result.$schema = "http://json-schema.org/draft-04/schema#";
  } else if (ctx.target === "openapi-3.0") {
  } else {
  }
  if (ctx.external?.uri) {
    const id = ctx.external.registry.get(schema)?.id;
    if (!id)
      throw new Error("Schema is missing an `id` property");
    result.$id = ctx.external.uri(id);
  }
  assignProps(result, root.defId ? root.schema : root.def ?? root.schema);
  const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
  if (rootMetaId !== void 0 && result.id === rootMetaId)
    delete result.id;
  const defs = ctx.external?.defs ?? {};
  if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
    for (const entry of ctx.seen.entries()) {
      const seen = entry[1];
      if (seen.def && seen.defId) {
        if (seen.def.id === seen.defId)
          delete seen.def.id;
        assignProp(defs, seen.defId, seen.def);
      }
    }
  }
  if (ctx.external)
    ctx.sharedEmitDoneFor = ctx.external;
  if (ctx.external) {
  } else {
    if (Object.keys(defs).length > 0) {
      if (ctx.target === "draft-2020-12") {
        result.$defs = defs;
      } else {
        result.definitions = defs;
      }
    }
  }
  try {
    const finalized = JSON.parse(JSON.stringify(result));
    Object.defineProperty(finalized, "~standard", {
      value: {
        ...schema["~standard"],
        jsonSchema: {
          input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
          output: createStandardJSONSchemaMethod(schema, "output", ctx.processors)
        }
      },
      enumerable: false,
      writable: false
    });
    return finalized;
  } catch (_err) {
    throw new Error("Error converting schema to JSON.");
  }
}
function isTransforming(_schema, _ctx) {
  const ctx = _ctx ?? { seen: /* @__PURE__ */ new Set() };
  if (ctx.seen.has(_schema))
    return false;
  ctx.seen.add(_schema);
  const def = _schema._zod.def;
  if (def.type === "transform")
    return true;
  if (def.type === "array")
    return isTransforming(def.element, ctx);
  if (def.type === "set")
    return isTransforming(def.valueType, ctx);
  if (def.type === "lazy")
    return isTransforming(def.getter(), ctx);
  if (def.type === "promise" || def.type === "optional" || def.type === "nonoptional" || def.type === "nullable" || def.type === "readonly" || def.type === "default" || def.type === "prefault" || def.type === "catch") {
    return isTransforming(def.innerType, ctx);
  }
  if (def.type === "intersection") {
    return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
  }
  if (def.type === "record" || def.type === "map") {
    return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
  }
  if (def.type === "pipe") {
    if (_schema._zod.traits.has("$ZodCodec"))
      return true;
    return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
  }
  if (def.type === "object") {
    for (const key in def.shape) {
      if (isTransforming(def.shape[key], ctx))
        return true;
    }
    return false;
  }
  if (def.type === "union") {
    for (const option of def.options) {
      if (isTransforming(option, ctx))
        return true;
    }
    return false;
  }
  if (def.type === "tuple") {
    for (const item of def.items) {
      if (isTransforming(item, ctx))
        return true;
    }
    if (def.rest && isTransforming(def.rest, ctx))
      return true;
    return false;
  }
  return false;
}
var createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
  const ctx = initializeContext({ ...params, processors });
  processSchema(schema, ctx);
  extractDefs(ctx, schema);
  return finalize(ctx, schema);
};
var createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
  const { libraryOptions, target } = params ?? {};
  const ctx = initializeContext({ ...libraryOptions ?? {}, target, io, processors });
  processSchema(schema, ctx);
  extractDefs(ctx, schema);
  return finalize(ctx, schema);
};

// node_modules/zod/v4/core/json-schema-processors.js
var narrowMin = (agg, key, value) => {
  if (agg[key] === void 0 || value > agg[key])
    agg[key] = value;
};
var narrowMax = (agg, key, value) => {
  if (agg[key] === void 0 || value < agg[key])
    agg[key] = value;
};
var narrowBoth = (agg, value) => {
  narrowMin(agg, "minimum", value);
  narrowMax(agg, "maximum", value);
};
var addDivisor = (agg, value) => {
  agg.multipleOf ?? (agg.multipleOf = []);
  if (!agg.multipleOf.includes(value))
    agg.multipleOf.push(value);
};
var addPattern = (agg, pattern) => {
  agg.patterns ?? (agg.patterns = /* @__PURE__ */ new Set());
  agg.patterns.add(pattern);
};
var intersectMime = (agg, mime) => {
  agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
};
var setFormat = (agg, format) => {
  agg.format = format;
  if (format.includes("int"))
    agg.isInt = true;
};
var minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
var maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
var formatContributor = (ranges) => (agg, def) => {
  setFormat(agg, def.format);
  const [minimum, maximum] = ranges[def.format];
  narrowMin(agg, "minimum", minimum);
  narrowMax(agg, "maximum", maximum);
};
var contributors = {
  greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
  less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
  multiple_of: (agg, def) => addDivisor(agg, def.value),
  number_format: formatContributor(NUMBER_FORMAT_RANGES),
  bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
  min_length: minContributor,
  max_length: maxContributor,
  length_equals: (agg, def) => narrowBoth(agg, def.length),
  min_size: minContributor,
  max_size: maxContributor,
  size_equals: (agg, def) => narrowBoth(agg, def.size),
  string_format: (agg, def) => {
    setFormat(agg, def.format);
    if (def.pattern)
      addPattern(agg, def.pattern);
    if (def.format === "base64" || def.format === "base64url")
      agg.contentEncoding = def.format;
    if (def.local || def.precision === -1)
      agg.laxFormat = true;
  },
  mime_type: (agg, def) => intersectMime(agg, def.mime)
};
function aggregateChecks(schema) {
  const agg = {};
  const def = schema._zod.def;
  const list = schema._zod.traits.has("$ZodCheck") ? [schema, ...def.checks ?? []] : def.checks ?? [];
  for (const ch of list)
    contributors[ch._zod.def.check]?.(agg, ch._zod.def);
  const bag = schema._zod.bag;
  if (bag.minimum !== void 0)
    narrowMin(agg, "minimum", bag.minimum);
  if (bag.exclusiveMinimum !== void 0)
    narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
  if (bag.maximum !== void 0)
    narrowMax(agg, "maximum", bag.maximum);
  if (bag.exclusiveMaximum !== void 0)
    narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
  if (bag.multipleOf !== void 0)
    addDivisor(agg, bag.multipleOf);
  if (bag.format !== void 0) {
    agg.format ?? (agg.format = bag.format);
    if (bag.format.includes("int"))
      agg.isInt = true;
  }
  if (bag.mime)
    intersectMime(agg, bag.mime);
  for (const pattern of bag.patterns ?? [])
    addPattern(agg, pattern);
  return agg;
}
var formatMap = {
  guid: "uuid",
  url: "uri",
  datetime: "date-time",
  json_string: "json-string",
  regex: ""
  // do not set
};
var exactPatterns = /* @__PURE__ */ new Map([
  [base64Charset, base64],
  [base64urlCharset, base64url]
]);
var exactPattern = (p) => exactPatterns.get(p) ?? p;
var stringProcessor = (schema, ctx, _json, _params) => {
  const json = _json;
  json.type = "string";
  const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
  if (typeof minimum === "number")
    json.minLength = minimum;
  if (typeof maximum === "number")
    json.maxLength = maximum;
  if (format) {
    json.format = formatMap[format] ?? format;
    if (json.format === "")
      delete json.format;
    if (format === "time" || laxFormat) {
      delete json.format;
    }
  }
  if (contentEncoding)
    json.contentEncoding = contentEncoding;
  if (patterns && patterns.size > 0) {
    const patternList = [...patterns].map(exactPattern);
    if (patternList.length === 1)
      json.pattern = patternList[0].source;
    else if (patternList.length > 1) {
      json.allOf = [
        ...patternList.map((regex) => ({
          ...ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0" ? { type: "string" } : {},
          pattern: regex.source
        }))
      ];
    }
  }
};
var booleanProcessor = (_schema, _ctx, json, _params) => {
  json.type = "boolean";
};
var neverProcessor = (_schema, _ctx, json, _params) => {
  json.not = {};
};
var unknownProcessor = (_schema, _ctx, _json, _params) => {
};
var enumProcessor = (schema, _ctx, json, _params) => {
  const def = schema._zod.def;
  const values = getEnumValues(def.entries);
  if (values.length === 0) {
    json.not = {};
    return;
  }
  if (values.every((v) => typeof v === "number"))
    json.type = "number";
  if (values.every((v) => typeof v === "string"))
    json.type = "string";
  json.enum = values;
};
var customProcessor = (schema, ctx, json, params) => {
  handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
};
var transformProcessor = (schema, ctx, json, params) => {
  handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
};
var arrayProcessor = (schema, ctx, _json, params) => {
  const json = _json;
  const def = schema._zod.def;
  const { minimum, maximum } = aggregateChecks(schema);
  if (typeof minimum === "number")
    json.minItems = minimum;
  if (typeof maximum === "number")
    json.maxItems = maximum;
  json.type = "array";
  json.items = processSchema(def.element, ctx, {
    ...params,
    path: [...params.path, "items"]
  });
};
function inputOptin(schema) {
  const def = schema._zod.def;
  if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) {
    return inputOptin(def.out);
  }
  if (def.type === "catch") {
    return inputOptin(def.innerType);
  }
  return schema._zod.optin;
}
var objectProcessor = (schema, ctx, _json, params) => {
  const json = _json;
  const def = schema._zod.def;
  const shape = def.shape;
  const symbolKeys = Object.getOwnPropertySymbols(shape);
  if (symbolKeys.length && handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) {
    return;
  }
  json.type = "object";
  json.properties = {};
  for (const key in shape) {
    assignProp(json.properties, key, processSchema(shape[key], ctx, {
      ...params,
      path: [...params.path, "properties", key]
    }));
  }
  const requiredKeys = [];
  for (const key of Object.keys(shape)) {
    const field = def.shape[key];
    if (ctx.io === "input" ? inputOptin(field) === void 0 : field._zod.optout === void 0) {
      requiredKeys.push(key);
    }
  }
  if (requiredKeys.length > 0) {
    json.required = requiredKeys;
  }
  if (def.catchall?._zod.def.type === "never") {
    json.additionalProperties = false;
  } else if (!def.catchall) {
    if (ctx.io === "output")
      json.additionalProperties = false;
  } else if (def.catchall) {
    json.additionalProperties = processSchema(def.catchall, ctx, {
      ...params,
      path: [...params.path, "additionalProperties"]
    });
  }
};
var unionProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  const isExclusive = def.inclusive === false;
  const options = def.options.map((x, i) => processSchema(x, ctx, {
    ...params,
    path: [...params.path, isExclusive ? "oneOf" : "anyOf", i]
  }));
  if (isExclusive) {
    json.oneOf = options;
  } else {
    json.anyOf = options;
  }
};
var intersectionProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  const a = processSchema(def.left, ctx, {
    ...params,
    path: [...params.path, "allOf", 0]
  });
  const b = processSchema(def.right, ctx, {
    ...params,
    path: [...params.path, "allOf", 1]
  });
  const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
  const allOf = [
    ...isSimpleIntersection(a) ? a.allOf : [a],
    ...isSimpleIntersection(b) ? b.allOf : [b]
  ];
  json.allOf = allOf;
  ctx.intersections.push(allOf);
};
var nullableProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  const inner = processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  if (ctx.target === "openapi-3.0") {
    seen.ref = def.innerType;
    json.nullable = true;
  } else {
    json.anyOf = [inner, { type: "null" }];
  }
};
var nonoptionalProcessor = (schema, ctx, _json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
};
var UNREPRESENTABLE_DEFAULT = Symbol();
function serializeDefaultValue(value, schema, ctx, json, params) {
  let unrepresentable = false;
  const serialized = JSON.stringify(value, (_, val) => {
    if (typeof val !== "bigint")
      return val;
    unrepresentable = true;
    return null;
  });
  if (!unrepresentable)
    return JSON.parse(serialized);
  handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
  return UNREPRESENTABLE_DEFAULT;
}
var defaultProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
  const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
  if (value !== UNREPRESENTABLE_DEFAULT)
    json.default = value;
};
var prefaultProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
  if (ctx.io !== "input")
    return;
  const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
  if (value !== UNREPRESENTABLE_DEFAULT)
    json._prefault = value;
};
var catchProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
  let catchValue;
  try {
    catchValue = def.catchValue(void 0);
  } catch {
    handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
    return;
  }
  json.default = catchValue;
};
var pipeProcessor = (schema, ctx, _json, params) => {
  const def = schema._zod.def;
  const inIsTransform = def.in._zod.traits.has("$ZodTransform");
  const innerType = ctx.io === "input" ? inIsTransform ? def.out : def.in : def.out;
  processSchema(innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = innerType;
};
var readonlyProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
  json.readOnly = true;
};
var optionalProcessor = (schema, ctx, _json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
};

// node_modules/zod/v4/classic/errors.js
var _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
function _lazyMethod(proto, key, make) {
  Object.defineProperty(proto, key, {
    configurable: true,
    enumerable: false,
    get() {
      const value = make(this);
      Object.defineProperty(this, key, { value, configurable: true, writable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(this, key, { value, configurable: true, writable: true });
    }
  });
}
var initializer2 = (inst, issues) => {
  $ZodError.init(inst, issues);
  inst.name = "ZodError";
  const proto = Object.getPrototypeOf(inst);
  if (_installedErrorProtos.has(proto))
    return;
  _installedErrorProtos.add(proto);
  _lazyMethod(proto, "format", (self) => (mapper) => formatError(self, mapper));
  _lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper));
  _lazyMethod(proto, "addIssue", (self) => (issue2) => {
    self.issues.push(issue2);
    self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
  });
  _lazyMethod(proto, "addIssues", (self) => (issues2) => {
    self.issues.push(...issues2);
    self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
  });
  Object.defineProperty(proto, "isEmpty", {
    configurable: true,
    enumerable: false,
    get() {
      return this.issues.length === 0;
    }
  });
};
var ZodRealError = /* @__PURE__ */ $constructor("ZodError", initializer2, void 0, {
  Parent: Error
});

// node_modules/zod/v4/classic/parse.js
var parse = /* @__PURE__ */ _parse(ZodRealError);
var parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
var safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
var safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);
var encode = /* @__PURE__ */ _encode(ZodRealError);
var decode = /* @__PURE__ */ _decode(ZodRealError);
var encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
var decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
var safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
var safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
var safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
var safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);

// node_modules/zod/v4/classic/schemas.js
function _ensureDefaultLocale() {
  if (!globalConfig.localeError)
    config(en_default());
}
function _ensureDefaultMemoizer() {
  if (!globalConfig.memoizer)
    config({ memoizer: memoizer() });
}
var ZodType = /* @__PURE__ */ $constructor("ZodType", (inst, def) => {
  _ensureDefaultLocale();
  $ZodType.init(inst, def);
  inst.def = def;
  inst.type = def.type;
  return inst;
}, {
  check(...chks) {
    const def = this.def;
    return this.clone(util_exports.mergeDefs(def, {
      checks: [
        ...def.checks ?? [],
        ...chks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
      ]
    }), { parent: true });
  },
  with(...chks) {
    return this.check(...chks);
  },
  clone(def, params) {
    return clone(this, def, params);
  },
  brand() {
    return this;
  },
  register(reg, meta2) {
    reg.add(this, meta2);
    return this;
  },
  refine(check, params) {
    return this.check(refine(check, params));
  },
  superRefine(refinement, params) {
    return this.check(superRefine(refinement, params));
  },
  overwrite(fn) {
    return this.check(_overwrite(fn));
  },
  optional() {
    return optional(this);
  },
  exactOptional() {
    return exactOptional(this);
  },
  nullable() {
    return nullable(this);
  },
  nullish() {
    return optional(nullable(this));
  },
  nonoptional(params) {
    return nonoptional(this, params);
  },
  array() {
    return array(this);
  },
  or(arg) {
    return union([this, arg]);
  },
  and(arg) {
    return intersection(this, arg);
  },
  transform(tx) {
    return pipe(this, transform(tx));
  },
  default(d) {
    return _default(this, d);
  },
  prefault(d) {
    return prefault(this, d);
  },
  catch(params) {
    return _catch(this, params);
  },
  pipe(target) {
    return pipe(this, target);
  },
  readonly() {
    return readonly(this);
  },
  describe(description2) {
    const cl = this.clone();
    globalRegistry.add(cl, { description: description2 });
    return cl;
  },
  meta(...args) {
    if (args.length === 0)
      return globalRegistry.get(this);
    const cl = this.clone();
    globalRegistry.add(cl, args[0]);
    return cl;
  },
  isOptional() {
    return this.safeParse(void 0).success;
  },
  isNullable() {
    return this.safeParse(null).success;
  },
  apply(fn, ...args) {
    return args.length === 0 ? fn(this) : fn(this, ...args);
  },
  // Overrides core's `~standard` to add `jsonSchema`. Must stay a prototype entry: redefining it per instance demotes instances to dictionary mode.
  get "~standard"() {
    return util_exports.hide(this, "~standard", {
      ...standardProps(this),
      jsonSchema: {
        input: createStandardJSONSchemaMethod(this, "input"),
        output: createStandardJSONSchemaMethod(this, "output")
      }
    });
  },
  set "~standard"(value) {
    util_exports.own(this, "~standard", value);
  },
  parse: function _parse2(data, params) {
    return parse(this, data, params, { callee: _parse2 });
  },
  parseAsync: async function _parseAsync2(data, params) {
    return await parseAsync(this, data, params, { callee: _parseAsync2 });
  },
  safeParse(data, params) {
    return safeParse(this, data, params);
  },
  async safeParseAsync(data, params) {
    return safeParseAsync(this, data, params);
  },
  // `spa` is an alias: same function object as `safeParseAsync`, as before.
  get spa() {
    return this?.safeParseAsync;
  },
  set spa(value) {
    util_exports.own(this, "spa", value);
  },
  validate(data, params) {
    return validate(this, data, params);
  },
  validateAsync(data, params) {
    return validateAsync(this, data, params);
  },
  encode: function _encode2(data, params) {
    return encode(this, data, params, { callee: _encode2 });
  },
  decode: function _decode2(data, params) {
    return decode(this, data, params, { callee: _decode2 });
  },
  encodeAsync: async function _encodeAsync2(data, params) {
    return await encodeAsync(this, data, params, { callee: _encodeAsync2 });
  },
  decodeAsync: async function _decodeAsync2(data, params) {
    return await decodeAsync(this, data, params, { callee: _decodeAsync2 });
  },
  safeEncode(data, params) {
    return safeEncode(this, data, params);
  },
  safeDecode(data, params) {
    return safeDecode(this, data, params);
  },
  async safeEncodeAsync(data, params) {
    return safeEncodeAsync(this, data, params);
  },
  async safeDecodeAsync(data, params) {
    return safeDecodeAsync(this, data, params);
  },
  toJSONSchema(params) {
    return createToJSONSchemaMethod(this, {})(params);
  },
  // Reads through to the registry on every access, so it must not cache.
  get description() {
    return globalRegistry.get(this)?.description;
  },
  // No setter: `schema._def = x` throws, as it did when `_def` was a non-writable own property.
  get _def() {
    return this._zod.def;
  }
});
var _ZodString = /* @__PURE__ */ $constructor(
  "_ZodString",
  (inst, def) => {
    $ZodString.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => stringProcessor(inst, ctx, json, params);
  },
  /* @__PURE__ */ util_exports.derived({
    format: (inst) => aggregateChecks(inst).format ?? null,
    minLength: (inst) => aggregateChecks(inst).minimum ?? null,
    maxLength: (inst) => aggregateChecks(inst).maximum ?? null
  }, {
    regex(...args) {
      return this.check(_regex(...args));
    },
    includes(...args) {
      return this.check(_includes(...args));
    },
    startsWith(...args) {
      return this.check(_startsWith(...args));
    },
    endsWith(...args) {
      return this.check(_endsWith(...args));
    },
    min(...args) {
      return this.check(_minLength(...args));
    },
    max(...args) {
      return this.check(_maxLength(...args));
    },
    length(...args) {
      return this.check(_length(...args));
    },
    nonempty(...args) {
      return this.check(_minLength(1, ...args));
    },
    lowercase(params) {
      return this.check(_lowercase(params));
    },
    uppercase(params) {
      return this.check(_uppercase(params));
    },
    trim() {
      return this.check(_trim());
    },
    normalize(...args) {
      return this.check(_normalize(...args));
    },
    toLowerCase() {
      return this.check(_toLowerCase());
    },
    toUpperCase() {
      return this.check(_toUpperCase());
    },
    slugify() {
      return this.check(_slugify());
    }
  })
);
var ZodString = /* @__PURE__ */ $constructor("ZodString", (inst, def) => {
  $ZodString.init(inst, def);
  _ZodString.init(inst, def);
}, {
  email(params) {
    return this.check(_email(ZodEmail, params));
  },
  url(params) {
    return this.check(_url(ZodURL, params));
  },
  jwt(params) {
    return this.check(_jwt(ZodJWT, params));
  },
  emoji(params) {
    return this.check(_emoji2(ZodEmoji, params));
  },
  guid(params) {
    return this.check(_guid(ZodGUID, params));
  },
  uuid(params) {
    return this.check(_uuid(ZodUUID, params));
  },
  uuidv4(params) {
    return this.check(_uuidv4(ZodUUID, params));
  },
  uuidv6(params) {
    return this.check(_uuidv6(ZodUUID, params));
  },
  uuidv7(params) {
    return this.check(_uuidv7(ZodUUID, params));
  },
  nanoid(params) {
    return this.check(_nanoid(ZodNanoID, params));
  },
  cuid(params) {
    return this.check(_cuid(ZodCUID, params));
  },
  cuid2(params) {
    return this.check(_cuid2(ZodCUID2, params));
  },
  ulid(params) {
    return this.check(_ulid(ZodULID, params));
  },
  base64(params) {
    return this.check(_base64(ZodBase64, params));
  },
  base64url(params) {
    return this.check(_base64url(ZodBase64URL, params));
  },
  xid(params) {
    return this.check(_xid(ZodXID, params));
  },
  ksuid(params) {
    return this.check(_ksuid(ZodKSUID, params));
  },
  ipv4(params) {
    return this.check(_ipv4(ZodIPv4, params));
  },
  ipv6(params) {
    return this.check(_ipv6(ZodIPv6, params));
  },
  cidrv4(params) {
    return this.check(_cidrv4(ZodCIDRv4, params));
  },
  cidrv6(params) {
    return this.check(_cidrv6(ZodCIDRv6, params));
  },
  e164(params) {
    return this.check(_e164(ZodE164, params));
  },
  datetime(params) {
    return this.check(_isoDateTime(ZodISODateTime, params));
  },
  date(params) {
    return this.check(_isoDate(ZodISODate, params));
  },
  time(params) {
    return this.check(_isoTime(ZodISOTime, params));
  },
  duration(params) {
    return this.check(_isoDuration(ZodISODuration, params));
  }
});
function string2(params) {
  return _string(ZodString, params);
}
var ZodStringFormat = /* @__PURE__ */ $constructor("ZodStringFormat", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  _ZodString.init(inst, def);
});
var ZodISODateTime = /* @__PURE__ */ $constructor("ZodISODateTime", (inst, def) => {
  $ZodISODateTime.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodISODate = /* @__PURE__ */ $constructor("ZodISODate", (inst, def) => {
  $ZodISODate.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodISOTime = /* @__PURE__ */ $constructor("ZodISOTime", (inst, def) => {
  $ZodISOTime.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodISODuration = /* @__PURE__ */ $constructor("ZodISODuration", (inst, def) => {
  $ZodISODuration.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodEmail = /* @__PURE__ */ $constructor("ZodEmail", (inst, def) => {
  $ZodEmail.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodGUID = /* @__PURE__ */ $constructor("ZodGUID", (inst, def) => {
  $ZodGUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodUUID = /* @__PURE__ */ $constructor("ZodUUID", (inst, def) => {
  $ZodUUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodURL = /* @__PURE__ */ $constructor("ZodURL", (inst, def) => {
  $ZodURL.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodEmoji = /* @__PURE__ */ $constructor("ZodEmoji", (inst, def) => {
  $ZodEmoji.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodNanoID = /* @__PURE__ */ $constructor("ZodNanoID", (inst, def) => {
  $ZodNanoID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodCUID = /* @__PURE__ */ $constructor("ZodCUID", (inst, def) => {
  $ZodCUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodCUID2 = /* @__PURE__ */ $constructor("ZodCUID2", (inst, def) => {
  $ZodCUID2.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodULID = /* @__PURE__ */ $constructor("ZodULID", (inst, def) => {
  $ZodULID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodXID = /* @__PURE__ */ $constructor("ZodXID", (inst, def) => {
  $ZodXID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodKSUID = /* @__PURE__ */ $constructor("ZodKSUID", (inst, def) => {
  $ZodKSUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodIPv4 = /* @__PURE__ */ $constructor("ZodIPv4", (inst, def) => {
  $ZodIPv4.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodIPv6 = /* @__PURE__ */ $constructor("ZodIPv6", (inst, def) => {
  $ZodIPv6.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodCIDRv4 = /* @__PURE__ */ $constructor("ZodCIDRv4", (inst, def) => {
  $ZodCIDRv4.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodCIDRv6 = /* @__PURE__ */ $constructor("ZodCIDRv6", (inst, def) => {
  $ZodCIDRv6.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodBase64 = /* @__PURE__ */ $constructor("ZodBase64", (inst, def) => {
  $ZodBase64.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodBase64URL = /* @__PURE__ */ $constructor("ZodBase64URL", (inst, def) => {
  $ZodBase64URL.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodE164 = /* @__PURE__ */ $constructor("ZodE164", (inst, def) => {
  $ZodE164.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodJWT = /* @__PURE__ */ $constructor("ZodJWT", (inst, def) => {
  $ZodJWT.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodBoolean = /* @__PURE__ */ $constructor("ZodBoolean", (inst, def) => {
  $ZodBoolean.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => booleanProcessor(inst, ctx, json, params);
});
function boolean2(params) {
  return _boolean(ZodBoolean, params);
}
var ZodUnknown = /* @__PURE__ */ $constructor("ZodUnknown", (inst, def) => {
  $ZodUnknown.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => unknownProcessor(inst, ctx, json, params);
});
function unknown() {
  return _unknown(ZodUnknown);
}
var ZodNever = /* @__PURE__ */ $constructor("ZodNever", (inst, def) => {
  $ZodNever.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json, params);
});
function never(params) {
  return _never(ZodNever, params);
}
var ZodArray = /* @__PURE__ */ $constructor("ZodArray", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodArray.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params);
  inst.element = def.element;
}, {
  min(n, params) {
    return this.check(_minLength(n, params));
  },
  nonempty(params) {
    return this.check(_minLength(1, params));
  },
  max(n, params) {
    return this.check(_maxLength(n, params));
  },
  length(n, params) {
    return this.check(_length(n, params));
  },
  unwrap() {
    return this.element;
  }
});
function array(element, params) {
  return _array(ZodArray, element, params);
}
var ZodObject = /* @__PURE__ */ $constructor("ZodObject", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodObjectJIT.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params);
  util_exports.installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
}, {
  keyof() {
    return _enum(Object.keys(this._zod.def.shape));
  },
  catchall(catchall) {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall }));
  },
  passthrough() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: unknown() }));
  },
  loose() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: unknown() }));
  },
  strict() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: never() }));
  },
  strip() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: void 0 }));
  },
  extend(incoming) {
    return util_exports.extend(this, incoming);
  },
  safeExtend(incoming) {
    return util_exports.safeExtend(this, incoming);
  },
  merge(other) {
    return util_exports.merge(this, other);
  },
  pick(mask) {
    return util_exports.pick(this, mask);
  },
  omit(mask) {
    return util_exports.omit(this, mask);
  },
  partial(...args) {
    return util_exports.partial(ZodOptional, this, args[0]);
  },
  exactPartial(...args) {
    return util_exports.partial(ZodExactOptional, this, args[0], "exactPartial");
  },
  required(...args) {
    return util_exports.required(ZodNonOptional, this, args[0]);
  }
});
function strictObject(shape, params) {
  return new ZodObject({
    type: "object",
    shape,
    catchall: never(),
    ...util_exports.normalizeParams(params)
  });
}
var ZodUnion = /* @__PURE__ */ $constructor("ZodUnion", (inst, def) => {
  $ZodUnion.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params);
  inst.options = def.options;
});
function union(options, params) {
  return new ZodUnion({
    type: "union",
    options,
    ...util_exports.normalizeParams(params)
  });
}
var ZodIntersection = /* @__PURE__ */ $constructor("ZodIntersection", (inst, def) => {
  $ZodIntersection.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params);
});
function intersection(left, right) {
  return new ZodIntersection({
    type: "intersection",
    left,
    right
  });
}
var ZodEnum = /* @__PURE__ */ $constructor("ZodEnum", (inst, def) => {
  $ZodEnum.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => enumProcessor(inst, ctx, json, params);
  inst.enum = def.entries;
  inst.options = [...inst._zod.values];
  const keys = new Set(Object.keys(def.entries));
  inst.extract = (values, params) => {
    const newEntries = {};
    for (const value of values) {
      if (keys.has(value)) {
        newEntries[value] = def.entries[value];
      } else
        throw new Error(`Key ${value} not found in enum`);
    }
    return new ZodEnum({
      ...def,
      checks: [],
      ...util_exports.normalizeParams(params),
      entries: newEntries
    });
  };
  inst.exclude = (values, params) => {
    const newEntries = { ...def.entries };
    for (const value of values) {
      if (keys.has(value)) {
        delete newEntries[value];
      } else
        throw new Error(`Key ${value} not found in enum`);
    }
    return new ZodEnum({
      ...def,
      checks: [],
      ...util_exports.normalizeParams(params),
      entries: newEntries
    });
  };
});
function _enum(values, params) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodEnum({
    type: "enum",
    entries,
    ...util_exports.normalizeParams(params)
  });
}
var ZodTransform = /* @__PURE__ */ $constructor("ZodTransform", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodTransform.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => transformProcessor(inst, ctx, json, params);
  inst._zod.parse = (payload, _ctx) => {
    if (_ctx.direction === "backward") {
      throw new $ZodEncodeError(inst.constructor.name);
    }
    payload.addIssue = (issue2) => {
      if (typeof issue2 === "string") {
        payload.issues.push(util_exports.issue(issue2, payload.value, def));
      } else {
        const _issue = issue2;
        if (_issue.fatal)
          _issue.continue = false;
        _issue.code ?? (_issue.code = "custom");
        if (!("input" in _issue))
          _issue.input = payload.value;
        _issue.inst ?? (_issue.inst = inst);
        payload.issues.push(util_exports.issue(_issue));
      }
    };
    const output = def.transform(payload.value, payload);
    if (output instanceof Promise) {
      return output.then((output2) => {
        payload.value = output2;
        return payload;
      });
    }
    payload.value = output;
    return payload;
  };
});
function transform(fn) {
  return new ZodTransform({
    type: "transform",
    transform: fn
  });
}
var ZodOptional = /* @__PURE__ */ $constructor("ZodOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function optional(innerType) {
  return new ZodOptional({
    type: "optional",
    innerType
  });
}
var ZodExactOptional = /* @__PURE__ */ $constructor("ZodExactOptional", (inst, def) => {
  $ZodExactOptional.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function exactOptional(innerType) {
  return new ZodExactOptional({
    type: "optional",
    innerType
  });
}
var ZodNullable = /* @__PURE__ */ $constructor("ZodNullable", (inst, def) => {
  $ZodNullable.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function nullable(innerType) {
  return new ZodNullable({
    type: "nullable",
    innerType
  });
}
var ZodDefault = /* @__PURE__ */ $constructor("ZodDefault", (inst, def) => {
  $ZodDefault.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
  inst.removeDefault = inst.unwrap;
});
function _default(innerType, defaultValue) {
  return new ZodDefault({
    type: "default",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : util_exports.shallowClone(defaultValue);
    }
  });
}
var ZodPrefault = /* @__PURE__ */ $constructor("ZodPrefault", (inst, def) => {
  $ZodPrefault.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function prefault(innerType, defaultValue) {
  return new ZodPrefault({
    type: "prefault",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : util_exports.shallowClone(defaultValue);
    }
  });
}
var ZodNonOptional = /* @__PURE__ */ $constructor("ZodNonOptional", (inst, def) => {
  $ZodNonOptional.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function nonoptional(innerType, params) {
  return new ZodNonOptional({
    type: "nonoptional",
    innerType,
    ...util_exports.normalizeParams(params)
  });
}
var ZodCatch = /* @__PURE__ */ $constructor("ZodCatch", (inst, def) => {
  $ZodCatch.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
  inst.removeCatch = inst.unwrap;
});
function _catch(innerType, catchValue) {
  return new ZodCatch({
    type: "catch",
    innerType,
    catchValue: typeof catchValue === "function" ? catchValue : util_exports.constantCatch(catchValue)
  });
}
var ZodPipe = /* @__PURE__ */ $constructor("ZodPipe", (inst, def) => {
  $ZodPipe.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params);
  inst.in = def.in;
  inst.out = def.out;
});
function pipe(in_, out) {
  return new ZodPipe({
    type: "pipe",
    in: in_,
    out
    // ...util.normalizeParams(params),
  });
}
var ZodReadonly = /* @__PURE__ */ $constructor("ZodReadonly", (inst, def) => {
  $ZodReadonly.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function readonly(innerType) {
  return new ZodReadonly({
    type: "readonly",
    innerType
  });
}
var ZodCustom = /* @__PURE__ */ $constructor("ZodCustom", (inst, def) => {
  $ZodCustom.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params);
});
function refine(fn, _params = {}) {
  return _refine(ZodCustom, fn, _params);
}
function superRefine(fn, params) {
  return _superRefine(fn, params);
}

// src/config/parts/name-characters.ts
var BIDI_CONTROLS = {
  1564: "ARABIC LETTER MARK",
  8206: "LEFT-TO-RIGHT MARK",
  8207: "RIGHT-TO-LEFT MARK",
  8234: "LEFT-TO-RIGHT EMBEDDING",
  8235: "RIGHT-TO-LEFT EMBEDDING",
  8236: "POP DIRECTIONAL FORMATTING",
  8237: "LEFT-TO-RIGHT OVERRIDE",
  8238: "RIGHT-TO-LEFT OVERRIDE",
  8294: "LEFT-TO-RIGHT ISOLATE",
  8295: "RIGHT-TO-LEFT ISOLATE",
  8296: "FIRST STRONG ISOLATE",
  8297: "POP DIRECTIONAL ISOLATE"
};
var ZERO_WIDTH = {
  6158: "MONGOLIAN VOWEL SEPARATOR",
  8203: "ZERO WIDTH SPACE",
  8204: "ZERO WIDTH NON-JOINER",
  8205: "ZERO WIDTH JOINER",
  8288: "WORD JOINER",
  65279: "ZERO WIDTH NO-BREAK SPACE"
};
var NO_BREAK_SPACES = {
  160: "NO-BREAK SPACE",
  8199: "FIGURE SPACE",
  8239: "NARROW NO-BREAK SPACE"
};
var EMOJI_BEFORE_JOINER = /[\p{Extended_Pictographic}\u{FE0F}\u{1F3FB}-\u{1F3FF}]/u;
var EMOJI = new RegExp("\\p{Extended_Pictographic}", "u");
var NON_LATIN_LETTER = /(?![\p{Script=Latin}])[\p{L}\p{M}]/u;
var CANDIDATES = new RegExp(
  `[\\p{Cc}\\u2028\\u2029${[BIDI_CONTROLS, ZERO_WIDTH, NO_BREAK_SPACES].flatMap((table) => Object.keys(table)).map((code2) => `\\u{${Number(code2).toString(16)}}`).join("")}]`,
  "u"
);
function nameCharacterProblem(text2) {
  if (!CANDIDATES.test(text2)) return void 0;
  const chars = [...text2];
  for (let index = 0; index < chars.length; index++) {
    const char = chars[index] ?? "";
    const code2 = char.codePointAt(0) ?? 0;
    const at2 = `${codePoint(code2)} at character ${index + 1}`;
    if (new RegExp("\\p{Cc}", "u").test(char) || code2 === 8232 || code2 === 8233) {
      return `contains the control character ${at2}; control characters can rewrite terminal output and CI logs, so remove it`;
    }
    const bidi = BIDI_CONTROLS[code2];
    if (bidi !== void 0) {
      return `contains the invisible bidirectional control ${at2} (${bidi}); it makes text display in another order than it is stored, so remove it`;
    }
    const zeroWidth = ZERO_WIDTH[code2];
    if (zeroWidth !== void 0 && !isLegitimateJoiner(code2, chars[index - 1], chars[index + 1])) {
      return `contains the invisible ${at2} (${zeroWidth}); names are matched by exact text and this character cannot be seen, so remove it`;
    }
    const noBreak = NO_BREAK_SPACES[code2];
    if (noBreak !== void 0) {
      return `contains a non-breaking space, ${at2} (${noBreak}); it looks like a space but does not match one, so type a normal space`;
    }
  }
  return void 0;
}
function isLegitimateJoiner(code2, before, after) {
  if (before === void 0 || after === void 0) return false;
  if (code2 === 8205) return EMOJI_BEFORE_JOINER.test(before) && EMOJI.test(after) || NON_LATIN_LETTER.test(before) && NON_LATIN_LETTER.test(after);
  if (code2 === 8204) return NON_LATIN_LETTER.test(before) && NON_LATIN_LETTER.test(after);
  return false;
}
function codePoint(code2) {
  return `U+${code2.toString(16).toUpperCase().padStart(4, "0")}`;
}

// src/config/parts/schema-parts.ts
var MAX_NAME_LENGTH = 255;
var MAX_DESCRIPTION_LENGTH = 1e4;
var LOCALES = [
  "ar",
  "bg",
  "bs",
  "ca",
  "cs",
  "da",
  "de",
  "el",
  "en",
  "es",
  "et",
  "fi",
  "fr",
  "he",
  "hr",
  "hu",
  "id",
  "it",
  "ja",
  "ko",
  "lt",
  "lv",
  "mn",
  "nb",
  "nl",
  "pl",
  "pt",
  "ro",
  "ru",
  "sl",
  "sr",
  "sv",
  "tr",
  "vi",
  "pt-BR",
  "zh-CN",
  "zh-TW"
];
var noSurroundingSpace = (text2) => text2.trim() === text2;
var SPACE_MESSAGE = "starts or ends with spaces; Intercom trims them, so the value would never match what is live. Remove the spaces";
var safeCharacters = (text2, ctx) => {
  const problem = nameCharacterProblem(text2);
  if (problem !== void 0) ctx.addIssue({ code: "custom", message: problem });
};
var name = (what) => string2().min(1).max(MAX_NAME_LENGTH).refine(noSurroundingSpace, { error: SPACE_MESSAGE }).superRefine(safeCharacters).describe(what);
var label = () => string2().min(1).max(MAX_NAME_LENGTH).superRefine(safeCharacters);
var description = (what) => string2().max(MAX_DESCRIPTION_LENGTH).optional().describe(what);
var previousNames = (kind) => array(name("A former name.")).optional().describe(`Former names of this ${kind}. A live ${kind} found under one of them is renamed instead of a new one being created.`);
var scope = array(string2().min(1)).min(1, { error: "lists no workspace; name at least one, or remove `workspaces:` to declare this in every workspace" }).optional().describe("Declare this only in the listed workspaces (names under `workspaces:`). Leave it out to declare it in every workspace.");
function inWorkspace(resource, workspace) {
  return resource.workspaces === void 0 || resource.workspaces.includes(workspace);
}

// src/resources/collections/declared-tree.ts
var DeclaredNode = class {
  constructor(decl, index, helpCenter, parent) {
    this.decl = decl;
    this.index = index;
    this.helpCenter = helpCenter;
    this.parent = parent;
  }
  #configPath;
  #names;
  #address;
  get configPath() {
    this.#configPath ??= [...this.parent ? this.parent.configPath : ["help_center"], "collections", this.index];
    return this.#configPath;
  }
  /** Names from the top level down, this node included. */
  get names() {
    this.#names ??= this.parent ? [...this.parent.names, this.decl.name] : [this.decl.name];
    return this.#names;
  }
  /** `collection["hc"]["top"]…["this"]`: the parent's address plus this node's name. */
  get address() {
    this.#address ??= this.parent ? `${this.parent.address}${address("", this.decl.name)}` : address("collection", this.helpCenter.identifier, this.decl.name);
    return this.#address;
  }
};
function declaredNodes(declared, ctx) {
  const { issues } = ctx;
  const helpCenters = ctx.live.helpCenters ?? [];
  const nodes = [];
  const visit = (list, parent, helpCenter) => {
    list.forEach((decl, index) => {
      if (!inWorkspace(decl, ctx.workspace)) return;
      const hc = parent ? helpCenter : resolveHelpCenter(decl, ["help_center", "collections", index], helpCenters, issues);
      if (!hc) return;
      const node2 = new DeclaredNode(decl, index, hc, parent);
      checkLocales(node2, issues);
      nodes.push(node2);
      if (decl.collections) visit(decl.collections, node2, hc);
    });
  };
  visit(declared, void 0, void 0);
  return nodes;
}
function resolveHelpCenter(decl, path, helpCenters, issues) {
  if (helpCenters.length === 0) {
    issues.add(path, "the workspace has no help center, so collections cannot be created; set one up in Intercom first");
    return void 0;
  }
  if (decl.help_center === void 0) return defaultHelpCenter(helpCenters);
  const found = helpCenters.find((h) => h.identifier === decl.help_center);
  if (!found) {
    const known = helpCenters.map((h) => `"${h.identifier}"`).join(", ");
    issues.add([...path, "help_center"], `no help center "${decl.help_center}" in this workspace; it has ${known}`);
  }
  return found;
}
function checkLocales(node2, issues) {
  const locales = node2.helpCenter.locales;
  if (!locales || !node2.decl.translated_content) return;
  for (const locale of Object.keys(node2.decl.translated_content)) {
    if (locales.includes(locale)) continue;
    issues.add(
      [...node2.configPath, "translated_content", locale],
      `help center "${node2.helpCenter.identifier}" has no "${locale}" locale (it has ${locales.join(", ")}); add the language in Intercom or remove this translation`
    );
  }
}

// src/resources/collections/schema.ts
var MAX_COLLECTION_DEPTH = 3;
var groupContent = strictObject({
  name: label().optional().describe("Name in this language."),
  description: description("Description in this language.")
}).meta({ id: "group_content", description: "Collection text in one language." });
var translatedContentSchema = strictObject(Object.fromEntries(LOCALES.map((locale) => [locale, groupContent.optional()]))).describe("Name and description per locale, for multilingual help centers.");
var collectionSchema = strictObject({
  name: name("Collection name, unique among its siblings; identifies the collection."),
  previous_names: previousNames("collection"),
  previous_path: array(name("Name of a former ancestor collection.")).optional().describe("Former parent path (collection names from the top level) of a collection that moved; empty for one that was at the top level."),
  description: description("Collection description."),
  help_center: string2().min(1).optional().describe("Identifier of the help center (top-level collections only; children inherit it). Default: the workspace's default help center."),
  translated_content: translatedContentSchema.optional(),
  get collections() {
    return array(collectionSchema).optional().describe("Child collections (at most 3 levels in all).");
  },
  workspaces: scope
}).meta({ id: "collection", description: "A help-center collection, matched by help center, parent path and name." });
var collectionsSection = {
  help_center: strictObject({ collections: array(collectionSchema).optional().describe("Top-level collections, each with its children.") }).optional().describe("Help-center content structure.")
};

// src/resources/collections/final-depth.ts
function checkFinalDepth(nodes, matches, tree, deletedIds, issues) {
  const nodeOf = /* @__PURE__ */ new Map();
  for (const node2 of nodes) {
    const live = matches.get(node2);
    if (live) nodeOf.set(live, node2);
  }
  for (const node2 of nodes) {
    const live = matches.get(node2);
    if (!live) continue;
    const deepest = deepestUnlisted(tree, live, node2.names.length, nodeOf, deletedIds);
    if (!deepest || deepest.depth <= MAX_COLLECTION_DEPTH) continue;
    issues.add(
      [...node2.configPath, "name"],
      `collection "${node2.names.join(" / ")}" would bring along "${deepest.collection.name}", which is in Intercom but not in the config, and put it ${deepest.depth} levels deep; Intercom allows at most ${MAX_COLLECTION_DEPTH}. Declare "${deepest.collection.name}" where it should go, or delete it (plan with --prune --allow-delete)`
    );
  }
}
function deepestUnlisted(tree, parent, parentDepth, nodeOf, deletedIds) {
  let deepest;
  for (const child of tree.childrenOf(parent.help_center_id ?? "", parent.id)) {
    if (nodeOf.has(child) || deletedIds.has(child.id)) continue;
    const here = { collection: child, depth: parentDepth + 1 };
    const below = deepestUnlisted(tree, child, parentDepth + 1, nodeOf, deletedIds);
    const candidate = below && below.depth > here.depth ? below : here;
    if (!deepest || candidate.depth > deepest.depth) deepest = candidate;
  }
  return deepest;
}

// src/resources/collections/match.ts
function matchCollections(nodes, tree, issues) {
  const matches = /* @__PURE__ */ new Map();
  const claimed = /* @__PURE__ */ new Set();
  let reserved;
  const free = (list) => list.some((c) => claimed.has(c)) ? list.filter((c) => !claimed.has(c)) : list;
  const elsewhere = (node2) => {
    const hc = node2.helpCenter.id;
    const names = [node2.decl.name, ...node2.decl.previous_names ?? []];
    const previousPath = node2.decl.previous_path;
    const atPreviousPath = previousPath ? free(names.flatMap((n) => tree.atPath(hc, [...previousPath, n]))) : [];
    if (atPreviousPath.length > 0) return atPreviousPath;
    const taken = reserved ??= reservedPlaces(nodes, tree);
    return free(tree.inHelpCenterNamed(hc, names)).filter((c) => !taken.has(c));
  };
  for (const node2 of nodes) {
    const hc = node2.helpCenter.id;
    const previousNames2 = node2.decl.previous_names ?? [];
    const parentKnown = !node2.parent || matches.has(node2.parent);
    const parentId2 = node2.parent ? matches.get(node2.parent)?.id ?? null : null;
    let found = parentKnown ? free(tree.childrenNamed(hc, parentId2, node2.decl.name)) : [];
    if (found.length === 0 && parentKnown && previousNames2.length > 0) {
      found = free(tree.childrenNamedAny(hc, parentId2, previousNames2));
    }
    if (found.length === 0) found = elsewhere(node2);
    if (found.length > 1) {
      issues.add([...node2.configPath, "name"], duplicateMessage(node2.names.join(" / "), found));
    } else if (found[0]) {
      matches.set(node2, found[0]);
      claimed.add(found[0]);
    }
  }
  return matches;
}
function reservedPlaces(nodes, tree) {
  const reserved = /* @__PURE__ */ new Set();
  const places = /* @__PURE__ */ new Map();
  for (const node2 of nodes) {
    const hc = node2.helpCenter.id;
    const name2 = node2.decl.name;
    const here = node2.parent ? (places.get(node2.parent) ?? []).flatMap((p) => tree.childrenNamed(hc, p.id, name2)) : tree.childrenNamed(hc, null, name2);
    places.set(node2, here);
    if (here.length === 1 && here[0]) reserved.add(here[0]);
  }
  return reserved;
}

// src/resources/collections/write-order.ts
function orderCollectionWrites(changes, nodes, matches, tree) {
  const byAddress = new Map(changes.map((c) => [c.address, c]));
  const moveOrDeleteOf = /* @__PURE__ */ new Map();
  for (const change of changes) {
    const op = change.operation;
    const moves = op?.type === "update_collection" && op.parent !== void 0;
    if (change.id !== void 0 && (moves || op?.type === "delete_collection")) moveOrDeleteOf.set(change.id, change);
  }
  const depthNow = (live) => tree.pathOf(live).length;
  for (const node2 of nodes) {
    const change = byAddress.get(node2.address);
    const op = change?.operation;
    if (!change || !(op?.type === "create_collection" || op?.type === "update_collection" && op.parent !== void 0)) continue;
    for (let ancestor = node2.parent; ancestor; ancestor = ancestor.parent) {
      const live2 = matches.get(ancestor);
      const move = live2 && moveOrDeleteOf.get(live2.id);
      if (live2 && move && ancestor.names.length < depthNow(live2)) addEdge(change, move, byAddress);
    }
    const live = matches.get(node2);
    if (op.type !== "update_collection" || !live) continue;
    const descendants = descendantsOf(tree, live);
    const intoOwnSubtree = ancestorsOf(node2).some((a) => {
      const l = matches.get(a);
      return l !== void 0 && descendants.includes(l);
    });
    if (!intoOwnSubtree && node2.names.length <= depthNow(live)) continue;
    for (const d of descendants) {
      const settling = moveOrDeleteOf.get(d.id);
      if (settling) addEdge(change, settling, byAddress);
    }
  }
}
function ancestorsOf(node2) {
  const out = [];
  for (let a = node2.parent; a; a = a.parent) out.push(a);
  return out;
}
function descendantsOf(tree, live) {
  const out = [];
  const visit = (parent) => {
    for (const child of tree.childrenOf(parent.help_center_id ?? "", parent.id)) {
      if (out.includes(child)) continue;
      out.push(child);
      visit(child);
    }
  };
  visit(live);
  return out;
}
function addEdge(from, to, byAddress) {
  if (from === to || from.dependsOn?.includes(to.address) || reaches(to, from.address, byAddress)) return;
  from.dependsOn = [...from.dependsOn ?? [], to.address];
}
function reaches(start, target, byAddress) {
  const seen = /* @__PURE__ */ new Set();
  const stack = [start];
  while (stack.length > 0) {
    const change = stack.pop();
    for (const next of change.dependsOn ?? []) {
      if (next === target) return true;
      const found = byAddress.get(next);
      if (found && !seen.has(next)) {
        seen.add(next);
        stack.push(found);
      }
    }
  }
  return false;
}

// src/resources/collections/plan.ts
var COLLECTION_FIELDS = managedFields()({
  name: {},
  description: { live: (c) => c.description ?? "" },
  translated_content: { live: (c) => c.translated_content ?? {} }
});
var TOP_LEVEL = "(top level)";
function planCollections(declared, ctx) {
  const { issues } = ctx;
  const tree = new LiveCollectionTree(ctx.live.collections ?? []);
  const nodes = declaredNodes(declared, ctx);
  const matches = matchCollections(nodes, tree, issues);
  const changes = [];
  const changeFor = /* @__PURE__ */ new Map();
  for (const node2 of nodes) {
    const current = matches.get(node2);
    const change = current ? planUpdate(node2, current, matches, tree) : planCreate(node2, matches);
    if (!change) continue;
    changes.push(change);
    if (current) changeFor.set(current.id, change);
  }
  if (ctx.options.prune) changes.push(...planPrune(ctx.options.allowDelete, nodes, matches, tree, changeFor));
  const deletedIds = new Set(changes.filter((c) => c.action === "delete" && c.id !== void 0).map((c) => c.id));
  checkFinalDepth(nodes, matches, tree, deletedIds, issues);
  orderCollectionWrites(changes, nodes, matches, tree);
  return changes;
}
function planCreate(node2, matches) {
  const body = COLLECTION_FIELDS.body(COLLECTION_FIELDS.desired(node2.decl));
  const parent = parentRef(node2, matches);
  const fields = newFields({ ...body });
  if (node2.parent) fields.push({ path: "parent", after: node2.parent.names.join(" / ") });
  const change = {
    address: node2.address,
    kind: "collection",
    name: node2.decl.name,
    help_center: node2.helpCenter.identifier,
    path: node2.names,
    action: "create",
    fields,
    operation: { type: "create_collection", helpCenterId: node2.helpCenter.id, parent, body }
  };
  if (parent && "address" in parent) change.dependsOn = [parent.address];
  return change;
}
function planUpdate(node2, current, matches, tree) {
  const fields = diffFields(COLLECTION_FIELDS.live(current), COLLECTION_FIELDS.desired(node2.decl));
  const parent = parentRef(node2, matches);
  const wantedParentId = parent && "id" in parent ? parent.id : parent ? void 0 : null;
  const moves = wantedParentId !== current.parent_id;
  if (fields.length === 0 && !moves) return void 0;
  const body = {};
  const changed = new Set(fields.map((f) => f.path.split(".")[0]));
  if (changed.has("name")) body.name = node2.decl.name;
  if (changed.has("description")) body.description = node2.decl.description ?? "";
  if (changed.has("translated_content")) body.translated_content = mergeTranslations(current, node2);
  if (moves) {
    const before = tree.pathOf(current).slice(0, -1);
    fields.push({
      path: "parent",
      before: before.length ? before.join(" / ") : TOP_LEVEL,
      after: node2.parent ? node2.parent.names.join(" / ") : TOP_LEVEL
    });
  }
  const change = {
    address: node2.address,
    kind: "collection",
    name: node2.decl.name,
    help_center: node2.helpCenter.identifier,
    path: node2.names,
    action: "update",
    id: current.id,
    fields,
    operation: moves ? { type: "update_collection", collectionId: current.id, parent, body } : { type: "update_collection", collectionId: current.id, body }
  };
  if (moves && parent && "address" in parent) change.dependsOn = [parent.address];
  return change;
}
function planPrune(allowDelete, nodes, matches, tree, changeFor) {
  const claimed = new Set(matches.values());
  const mentioned = new Map(nodes.map((n) => [n.helpCenter.id, n.helpCenter]));
  const unlisted = [...mentioned.values()].flatMap((hc) => tree.inHelpCenter(hc.id).filter((c) => !claimed.has(c)).map((c) => ({ c, hc, path: tree.pathOf(c) }))).sort((a, b) => b.path.length - a.path.length || a.c.id.localeCompare(b.c.id));
  const changes = [];
  for (const { c, hc, path } of unlisted) {
    const change = {
      address: `${address("collection", hc.identifier, ...path)}#${c.id}`,
      kind: "collection",
      name: c.name,
      id: c.id,
      help_center: hc.identifier,
      path,
      action: "blocked",
      reason: "not in the config; deleting a collection needs --allow-delete"
    };
    if (allowDelete) {
      change.action = "delete";
      change.reason = "not in the config (prune --allow-delete)";
      change.operation = { type: "delete_collection", collectionId: c.id };
      const dependsOn = tree.childrenAnywhere(c.id).map((child) => changeFor.get(child.id)?.address).filter((a) => a !== void 0);
      if (dependsOn.length) change.dependsOn = dependsOn;
    }
    changes.push(change);
    changeFor.set(c.id, change);
  }
  return changes;
}
function parentRef(node2, matches) {
  if (!node2.parent) return null;
  const live = matches.get(node2.parent);
  return live ? { id: live.id } : { address: node2.parent.address };
}
function mergeTranslations(current, node2) {
  const merged = {};
  for (const [locale, content] of Object.entries(current.translated_content ?? {})) merged[locale] = { ...content };
  for (const [locale, content] of Object.entries(node2.decl.translated_content ?? {})) {
    merged[locale] = { ...merged[locale] ?? {}, ...content };
  }
  return merged;
}

// src/resources/collections/export.ts
function exportCollections(helpCenters, collections) {
  const fallback = defaultHelpCenter(helpCenters);
  const tree = new LiveCollectionTree(collections);
  const visit = (helpCenterId, parentId2, identifier) => [...tree.childrenOf(helpCenterId, parentId2)].sort(byName((c) => c.name)).map((c) => {
    const out = exportCollection(c, identifier);
    const children = visit(helpCenterId, c.id);
    if (children.length > 0) out.collections = children;
    return out;
  });
  return [...helpCenters].sort(byName((h) => h.identifier)).flatMap((hc) => visit(hc.id, null, hc === fallback ? void 0 : hc.identifier));
}
function exportCollection(c, helpCenter) {
  const out = { name: c.name };
  if (helpCenter !== void 0) out.help_center = helpCenter;
  out.description = COLLECTION_FIELDS.live(c).description;
  const translations = Object.entries(c.translated_content ?? {}).filter(([locale]) => locale !== c.default_locale).map(([locale, content]) => [locale, Object.fromEntries(Object.entries(content).filter(([, v]) => typeof v === "string" && v !== ""))]).filter(([, content]) => Object.keys(content).length > 0).sort(byName(([locale]) => locale));
  if (translations.length > 0) out.translated_content = Object.fromEntries(translations);
  return out;
}

// src/config/parts/findings.ts
function formatPath(path) {
  let text2 = "";
  for (const segment of path) {
    if (typeof segment === "number") text2 += `[${segment}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(segment)) text2 += text2 === "" ? segment : `.${segment}`;
    else text2 += `[${JSON.stringify(segment)}]`;
  }
  return text2 === "" ? "top level" : text2;
}
function at(path, message, where = "value") {
  return { path, message: `${formatPath(path)}: ${message}`, at: where };
}
function quote(text2) {
  return JSON.stringify(text2);
}

// src/config/parts/loose.ts
function isRecord(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function records(value) {
  if (!Array.isArray(value)) return [];
  const out = [];
  value.forEach((item, index) => {
    if (isRecord(item)) out.push([index, item]);
  });
  return out;
}
function texts(value) {
  if (!Array.isArray(value)) return [];
  const out = [];
  value.forEach((item, index) => {
    if (typeof item === "string") out.push([index, item]);
  });
  return out;
}
function text(value) {
  return typeof value === "string" ? value : void 0;
}
function scopeOf(resource) {
  return Array.isArray(resource["workspaces"]) ? texts(resource["workspaces"]).map(([, name2]) => name2) : void 0;
}
function scopesOverlap(a, b) {
  if (a === void 0 || b === void 0) return true;
  return a.some((name2) => b.includes(name2));
}
function lineOf(context, path) {
  return context.locator.value(path)?.line ?? 0;
}

// src/config/parts/name-clashes.ts
function findNameClashes(siblings, basePath, kind, context) {
  const entries = [];
  for (const [index, item] of siblings) {
    const name2 = text(item[kind.key]);
    if (name2) entries.push({ name: name2, owner: index, previousIndex: void 0, item });
    if (kind.previousKey) {
      for (const [i, previous] of texts(item[kind.previousKey])) entries.push({ name: previous, owner: index, previousIndex: i, item });
    }
  }
  const pathOf = (entry) => entry.previousIndex === void 0 ? [...basePath, entry.owner, kind.key] : [...basePath, entry.owner, kind.previousKey ?? "", entry.previousIndex];
  const groups = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    const key = entry.name.toLowerCase();
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  const findings = [];
  for (const group of groups.values()) {
    for (let j = 1; j < group.length; j++) {
      const later = group[j];
      if (!later) continue;
      const earlier = group.slice(0, j).find((e) => e.owner === later.owner ? e.name === later.name : scopesOverlap(scopeOf(e.item), scopeOf(later.item)));
      if (earlier) findings.push(at(pathOf(later), clashMessage(earlier, later, kind, lineOf(context, pathOf(earlier)))));
    }
  }
  return findings;
}
function clashMessage(earlier, later, kind, earlierLine) {
  const name2 = quote(later.name);
  const prev = kind.previousKey ?? "previous_names";
  if (earlier.owner === later.owner) {
    return isPrevious(earlier) && isPrevious(later) ? `${name2} is listed twice in ${prev}; remove one` : `${name2} is the ${kind.noun}'s own ${kind.key}; remove it from ${prev}`;
  }
  if (earlier.name !== later.name) {
    return `${kind.noun} ${kind.key} ${name2} differs only in case from ${quote(earlier.name)} (line ${earlierLine}); such names look the same in Intercom and make matching by name ambiguous, so rename one or limit them to different workspaces`;
  }
  if (!isPrevious(earlier) && !isPrevious(later)) {
    return `duplicate ${kind.noun} ${kind.key} ${name2} (also on line ${earlierLine}); the ${kind.key} identifies the ${kind.noun}, so rename one or limit them to different workspaces`;
  }
  if (isPrevious(earlier) && isPrevious(later)) {
    return `${name2} is a previous name of two ${kind.noun}s (the other on line ${earlierLine}); only one of them can be the renamed one`;
  }
  return `${name2} is both the ${kind.key} of one ${kind.noun} and a previous name of another (line ${earlierLine}); a previous name must not be in use, or the rename would be ambiguous`;
}
function isPrevious(entry) {
  return entry.previousIndex !== void 0;
}

// src/resources/collections/rules.ts
var COLLECTION_NAMES = { noun: "collection", key: "name", previousKey: "previous_names" };
function checkCollections(data, context) {
  const helpCenter = data["help_center"];
  if (!isRecord(helpCenter)) return [];
  const path = ["help_center", "collections"];
  const top = records(helpCenter["collections"]);
  const findings = [];
  const byHelpCenter = /* @__PURE__ */ new Map();
  for (const entry of top) {
    const key = text(entry[1]["help_center"]) ?? "";
    byHelpCenter.set(key, [...byHelpCenter.get(key) ?? [], entry]);
  }
  for (const siblings of byHelpCenter.values()) findings.push(...findNameClashes(siblings, path, COLLECTION_NAMES, context));
  for (const [index, collection] of top) findings.push(...checkChildren(collection, [...path, index], 1, context));
  return findings;
}
function checkChildren(parent, parentPath, parentDepth, context) {
  const path = [...parentPath, "collections"];
  const children = records(parent["collections"]);
  const depth = parentDepth + 1;
  if (children.length === 0) return [];
  if (depth > MAX_COLLECTION_DEPTH) {
    return children.map(
      ([index]) => at(
        [...path, index],
        `this collection is nested ${depth} levels deep; Intercom allows at most ${MAX_COLLECTION_DEPTH} (collection, sub-collection, sub-sub-collection), so move it up a level`
      )
    );
  }
  const findings = findNameClashes(children, path, COLLECTION_NAMES, context);
  for (const [index, child] of children) {
    const childPath = [...path, index];
    if (child["help_center"] !== void 0) {
      findings.push(at([...childPath, "help_center"], "only top-level collections name a help center; a child is always in its parent's help center, so remove it", "key"));
    }
    findings.push(...checkChildren(child, childPath, depth, context));
  }
  return findings;
}
function declaredCollections(data) {
  const helpCenter = data["help_center"];
  if (!isRecord(helpCenter)) return [];
  const out = [];
  const visit = (list, path, parent) => {
    for (const [i, value] of records(list)) {
      const object = { path: [...path, i], value };
      if (parent) object.parent = { object: parent, noun: "parent collection" };
      out.push(object);
      visit(value["collections"], [...path, i, "collections"], object);
    }
  };
  visit(helpCenter["collections"], ["help_center", "collections"], void 0);
  return out;
}

// src/resources/collections/kind.ts
var collectionKind = {
  name: "collection",
  section: collectionsSection,
  children: [],
  identity: ["help_center", "path"],
  rules: checkCollections,
  declaredObjects: declaredCollections,
  reads: (config2) => config2.help_center?.collections !== void 0 ? ["helpCenters", "collections"] : [],
  plan: (config2, ctx) => {
    const declared = config2.help_center?.collections;
    return declared === void 0 ? [] : planCollections(declared, ctx);
  },
  export: (live) => live.collections && live.helpCenters ? { help_center: { collections: exportCollections(live.helpCenters, live.collections) } } : {},
  count: (config2) => ({ collections: countCollections(config2.help_center?.collections) }),
  describe: (change) => `collection ${change.help_center ? `${change.help_center}: ` : ""}"${change.path.join(" / ")}"`,
  writes: {
    create_collection: async (op, ctx) => {
      const answer = await ctx.api.createCollection({
        ...op.body,
        help_center_id: Number(op.helpCenterId),
        parent_id: parentId(op.parent, ctx)
      });
      return { id: answer.id, answer };
    },
    update_collection: async (op, ctx) => {
      const body = op.parent === void 0 ? op.body : { ...op.body, parent_id: parentId(op.parent, ctx) };
      const answer = await ctx.api.updateCollection(op.collectionId, body);
      return { id: answer.id, answer };
    },
    delete_collection: async (op, ctx) => {
      await ctx.api.deleteCollection(op.collectionId);
      return { id: op.collectionId };
    }
  },
  async findCreated(change, ctx) {
    const op = change.operation;
    if (op?.type !== "create_collection") return void 0;
    const parent = parentId(op.parent, ctx);
    const found = (await ctx.api.listCollections()).filter(
      (c) => c.name === op.body.name && c.parent_id === parent && c.help_center_id === op.helpCenterId
    );
    return newest(found)?.id;
  },
  liveObjects: (live) => (live.collections ?? []).map(({ updated_at: _u, ...collection }) => [collection.id, collection])
};
function parentId(parent, ctx) {
  return parent === null ? null : ctx.resolve(parent);
}
function countCollections(list) {
  return (list ?? []).reduce((n, c) => n + 1 + countCollections(c.collections), 0);
}

// src/resources/ticket-states/plan.ts
var WHERE = "Settings \u2192 Tickets \u2192 Ticket states";
var TICKET_STATE_FIELDS = managedFields()({
  internal_label: {},
  external_label: {},
  category: {}
});
function planTicketStates(declared, live, workspace) {
  const changes = [];
  for (const state of declared) {
    if (!inWorkspace(state, workspace)) continue;
    const change = planOneState(state, findState(live, state.internal_label));
    if (change) changes.push(change);
  }
  return changes;
}
function planOneState(state, current) {
  const base = {
    address: address("ticket_state", state.internal_label),
    kind: "ticket_state",
    action: "manual",
    name: state.internal_label
  };
  if (!current) {
    const details = [
      `internal label "${state.internal_label}"`,
      state.external_label !== void 0 ? `external label "${state.external_label}"` : void 0,
      state.category !== void 0 ? `category ${state.category}` : void 0
    ].filter(Boolean);
    return {
      ...base,
      fields: newFields(TICKET_STATE_FIELDS.desired(state)),
      reason: `missing: create it in Intercom (${WHERE}) with ${details.join(", ")}; the API cannot create ticket states.`
    };
  }
  const fields = diffFields(TICKET_STATE_FIELDS.live(current), TICKET_STATE_FIELDS.desired(state));
  if (current.archived) fields.push({ path: "archived", before: true, after: false });
  if (fields.length === 0) return void 0;
  const steps = fields.map(
    (f) => f.path === "archived" ? "unarchive it" : f.path === "category" ? `set its category to ${String(f.after)} (it is ${String(f.before)})` : `change its external label from "${String(f.before)}" to "${String(f.after)}"`
  );
  return {
    ...base,
    id: current.id,
    fields,
    reason: `differs: in Intercom (${WHERE}), ${steps.join("; ")}; the API cannot change ticket states.`
  };
}
function findState(live, label2) {
  const matches = live.filter((s) => s.internal_label === label2);
  return matches.find((s) => !s.archived) ?? matches[0];
}

// src/resources/ticket-states/schema.ts
var TICKET_STATE_CATEGORIES = ["submitted", "in_progress", "waiting_on_customer", "resolved"];
var ticketStateSchema = strictObject({
  internal_label: name("Label teammates see; unique in the workspace; identifies the state."),
  external_label: label().optional().describe("Label customers see."),
  category: _enum(TICKET_STATE_CATEGORIES).optional().describe("submitted, in_progress, waiting_on_customer or resolved."),
  workspaces: scope
}).describe("A ticket state that must exist. Verified only: states are created in Intercom settings, not through the API.");
var ticketStatesSection = {
  ticket_states: array(ticketStateSchema).optional().describe("Ticket states the workspace must have (verified only).")
};

// src/resources/ticket-states/kind.ts
var ticketStateKind = {
  name: "ticket_state",
  section: ticketStatesSection,
  children: [],
  identity: [],
  // Intercom requires internal labels to be unique across the workspace.
  rules: (data, context) => findNameClashes(records(data["ticket_states"]), ["ticket_states"], { noun: "ticket state", key: "internal_label" }, context),
  declaredObjects: (data) => records(data["ticket_states"]).map(([i, value]) => ({ path: ["ticket_states", i], value })),
  reads: (config2) => config2.ticket_states !== void 0 ? ["ticketStates"] : [],
  plan: (config2, ctx) => config2.ticket_states === void 0 ? [] : planTicketStates(config2.ticket_states, ctx.live.ticketStates ?? [], ctx.workspace),
  export: (live) => live.ticketStates ? {
    ticket_states: live.ticketStates.filter((s) => !s.archived).sort(byName((s) => s.internal_label)).map((s) => TICKET_STATE_FIELDS.exported(s))
  } : {},
  count: (config2) => ({ ticket_states: config2.ticket_states?.length ?? 0 }),
  describe: (change) => `ticket state "${change.name}"`,
  // Verify-only: no operation, so nothing to write or find again.
  writes: {},
  findCreated: async () => void 0,
  liveObjects: (live) => (live.ticketStates ?? []).map((state) => [state.id, state])
};

// src/config/parts/duplicate-texts.ts
function duplicateTexts(list, path, noun) {
  const seen = /* @__PURE__ */ new Map();
  const findings = [];
  for (const [i, item] of texts(list)) {
    const first = seen.get(item.toLowerCase());
    if (!first) {
      seen.set(item.toLowerCase(), [i, item]);
      continue;
    }
    const [firstIndex, firstText] = first;
    const which = `${noun} ${quote(item)}`;
    findings.push(
      at(
        [...path, i],
        firstText === item ? `${which} is listed twice (also item ${firstIndex + 1}); remove one` : `${which} differs only in case from ${quote(firstText)} (item ${firstIndex + 1}); they would look identical in Intercom, so keep one`
      )
    );
  }
  return findings;
}

// src/resources/attributes/fields.ts
var ATTRIBUTE_FIELDS = managedFields()({
  name: {},
  description: {},
  data_type: {},
  required_to_create: {},
  required_to_create_for_contacts: {},
  visible_on_create: {},
  visible_to_contacts: {},
  multiline: { onlyFor: "string", liveDefault: false },
  list_items: { onlyFor: "list", liveDefault: [], wire: (items) => items.join(",") },
  allow_multiple_values: { onlyFor: "files", liveDefault: false }
});

// src/resources/attributes/kind.ts
var attributeKind = {
  name: "ticket_type_attribute",
  identity: ["ticket_type"],
  describe: (change) => `attribute "${change.ticket_type}" \u203A "${change.name}"`,
  writes: {
    create_attribute: async (op, ctx) => {
      const answer = await ctx.api.createAttribute(ctx.resolve(op.ticketType), op.body);
      return { id: answer.id, answer };
    },
    update_attribute: async (op, ctx) => {
      const answer = await ctx.api.updateAttribute(op.ticketTypeId, op.attributeId, op.body);
      return { id: answer.id, answer };
    }
  },
  async findCreated(change, ctx) {
    const op = change.operation;
    if (op?.type !== "create_attribute") return void 0;
    const type = await ctx.api.getTicketType(ctx.resolve(op.ticketType));
    return newest(type.attributes.filter((a) => a.name === op.body.name && !a.default))?.id;
  },
  liveObjects: (live) => (live.ticketTypes ?? []).flatMap((type) => type.attributes.map((a) => [a.id, a]))
};
function exportAttributes(type) {
  return type.attributes.filter((a) => !a.default).sort(byName((a) => a.name)).map((a) => {
    const out = ATTRIBUTE_FIELDS.exported(a);
    if (a.archived) out.archived = true;
    return out;
  });
}

// src/resources/attributes/schema.ts
var ATTRIBUTE_DATA_TYPES = ["string", "list", "integer", "decimal", "boolean", "datetime", "files"];
var BUILT_IN_ATTRIBUTE_NAMES = ["_default_title_", "_default_description_"];
var attributeSchema = strictObject({
  name: name("Attribute name, unique within its ticket type; identifies the attribute."),
  previous_names: previousNames("attribute"),
  description: description("Help text shown with the attribute. Intercom requires one when the attribute is created."),
  data_type: _enum(ATTRIBUTE_DATA_TYPES).describe("Kind of value. Cannot be changed once the attribute exists: to change it, add a new attribute and archive this one."),
  required_to_create: boolean2().optional().describe("Teammates must fill it in when creating a ticket."),
  required_to_create_for_contacts: boolean2().optional().describe("Customers must fill it in when creating a ticket from the Messenger."),
  visible_on_create: boolean2().optional().describe("Shown in the ticket creation form."),
  visible_to_contacts: boolean2().optional().describe("Shown to customers."),
  multiline: boolean2().optional().describe("string attributes only: a multi-line text box."),
  list_items: array(name("An option label. Commas are not allowed (Intercom receives the options as one comma-separated text).")).optional().describe("list attributes only (and required for them): the option labels, in order."),
  allow_multiple_values: boolean2().optional().describe("files attributes only: accept more than one file."),
  archived: boolean2().optional().describe("Archive the attribute (hidden from new tickets, kept on existing ones); false brings it back."),
  workspaces: scope
}).describe("A custom attribute of a ticket type.");

// src/resources/attributes/rules.ts
function checkAttributes(type, typePath, context) {
  const path = [...typePath, "attributes"];
  const attributes = records(type["attributes"]);
  const findings = findNameClashes(attributes, path, { noun: "attribute", key: "name", previousKey: "previous_names" }, context);
  for (const [i, attribute] of attributes) {
    const attributePath = [...path, i];
    findings.push(...checkBuiltInNames(attribute, attributePath), ...checkTypeSpecificFields(attribute, attributePath));
  }
  return findings;
}
function checkBuiltInNames(attribute, path) {
  const findings = [];
  const names = [
    [[...path, "name"], text(attribute["name"])],
    ...texts(attribute["previous_names"]).map(([i, n]) => [[...path, "previous_names", i], n])
  ];
  for (const [namePath, name2] of names) {
    const builtIn = BUILT_IN_ATTRIBUTE_NAMES.find((b) => b === name2?.toLowerCase());
    if (builtIn) {
      findings.push(at(namePath, `${quote(builtIn)} is a built-in attribute that Intercom adds to every ticket type; it cannot be declared or changed, so use another name`));
    }
  }
  return findings;
}
var TYPE_SPECIFIC_FIELDS = ATTRIBUTE_FIELDS.typeSpecific;
function checkTypeSpecificFields(attribute, path) {
  const dataType = text(attribute["data_type"]);
  if (!dataType || !ATTRIBUTE_DATA_TYPES.includes(dataType)) return [];
  const findings = [];
  for (const [key, only] of TYPE_SPECIFIC_FIELDS) {
    if (attribute[key] !== void 0 && dataType !== only) {
      findings.push(at([...path, key], `\`${key}\` applies only to ${only} attributes and this one is ${dataType}; remove it, or change data_type`, "key"));
    }
  }
  if (dataType === "list") findings.push(...checkListItems(attribute, path));
  return findings;
}
function checkListItems(attribute, path) {
  const items = attribute["list_items"];
  if (items === void 0) {
    return [at(path, "a list attribute needs `list_items` with its options, e.g. list_items: [Low, Medium, High]")];
  }
  if (!Array.isArray(items)) return [];
  if (items.length === 0) return [at([...path, "list_items"], "a list attribute needs at least one option")];
  const findings = duplicateTexts(items, [...path, "list_items"], "option");
  for (const [i, item] of texts(items)) {
    if (item.includes(",")) {
      findings.push(at([...path, "list_items", i], `option ${quote(item)} contains a comma; Intercom receives the options as one comma-separated text, so it would become several options. Remove the comma`));
    }
  }
  return findings;
}

// src/resources/attributes/plan.ts
function planAttributes(ctx, owner) {
  const live = (owner.current?.attributes ?? []).filter((a) => !a.default);
  const byName2 = new NameIndex(live);
  const claimed = /* @__PURE__ */ new Set();
  const changes = [];
  const typeRef = owner.current ? { id: owner.current.id } : { address: owner.address };
  const dependsOn = owner.current ? void 0 : [owner.address];
  (owner.attributes ?? []).forEach((attribute, index) => {
    if (!inWorkspace(attribute, ctx.workspace)) return;
    const matches = byName2.match(attribute.name, attribute.previous_names, claimed);
    if (matches.length > 1) {
      ctx.issues.add(configPath(owner, index, "name"), duplicateMessage(`${owner.name} \u203A ${attribute.name}`, matches));
      return;
    }
    const current = matches[0];
    if (!current) {
      if (attribute.archived === true) return;
      const change = {
        address: address("ticket_type_attribute", owner.name, attribute.name),
        kind: "ticket_type_attribute",
        name: attribute.name,
        ticket_type: owner.name,
        action: "create",
        fields: newFields(ATTRIBUTE_FIELDS.desired(attribute)),
        operation: { type: "create_attribute", ticketType: typeRef, body: createBody(attribute) }
      };
      if (dependsOn) change.dependsOn = dependsOn;
      changes.push(change);
      return;
    }
    claimed.add(current);
    if (current.data_type !== attribute.data_type) {
      ctx.issues.add(configPath(owner, index, "data_type"), dataTypeMessage(owner.name, attribute, current));
      return;
    }
    const fields = diffFields(ATTRIBUTE_FIELDS.live(current), ATTRIBUTE_FIELDS.desired(attribute));
    const wantArchived = attribute.archived ?? false;
    if (current.archived !== wantArchived) fields.push({ path: "archived", before: current.archived, after: wantArchived });
    if (fields.length === 0 || !owner.current) return;
    changes.push({
      address: address("ticket_type_attribute", owner.name, attribute.name),
      kind: "ticket_type_attribute",
      name: attribute.name,
      ticket_type: owner.name,
      action: current.archived === wantArchived ? "update" : wantArchived ? "archive" : "unarchive",
      id: current.id,
      fields,
      operation: {
        type: "update_attribute",
        ticketTypeId: owner.current.id,
        attributeId: current.id,
        // Only the changed fields.
        body: ATTRIBUTE_FIELDS.bodyOf(fields)
      }
    });
  });
  if (ctx.options.prune && owner.current) {
    for (const attribute of live) {
      if (claimed.has(attribute) || attribute.archived) continue;
      changes.push({
        address: address("ticket_type_attribute", owner.name, attribute.name),
        kind: "ticket_type_attribute",
        action: "archive",
        name: attribute.name,
        ticket_type: owner.name,
        id: attribute.id,
        fields: [{ path: "archived", before: false, after: true }],
        reason: "not in the config (prune)",
        operation: {
          type: "update_attribute",
          ticketTypeId: owner.current.id,
          attributeId: attribute.id,
          body: { archived: true }
        }
      });
    }
  }
  return changes;
}
function configPath(owner, index, field) {
  return ["ticket_types", owner.index, "attributes", index, field];
}
function createBody(attribute) {
  return ATTRIBUTE_FIELDS.body({ ...ATTRIBUTE_FIELDS.desired(attribute), description: attribute.description ?? "" });
}
function dataTypeMessage(typeName, wanted, current) {
  return `attribute "${wanted.name}" of ticket type "${typeName}" is a ${current.data_type} attribute in Intercom; it cannot become ${wanted.data_type} because the API cannot change data_type. To migrate: declare the new attribute under a new name (for example "${wanted.name} (${wanted.data_type})"), and archive the old one (keep it in the file with its old data_type and archived: true, or remove it and plan with --prune).`;
}

// src/resources/ticket-types/plan-states.ts
function planTypeStates(liveStates, type, current) {
  if (type.states === void 0) return [];
  const linked = current ? current.states.map((s) => s.internal_label) : defaultStatesForNewType(liveStates).map((s) => s.internal_label);
  const wanted = type.states;
  const missing = wanted.filter((label2) => !linked.includes(label2));
  const extra = linked.filter((label2) => !wanted.includes(label2));
  if (missing.length === 0 && extra.length === 0) return [];
  const steps = [];
  if (missing.length > 0) steps.push(`add ${quoteList(missing)}`);
  if (extra.length > 0) steps.push(`remove ${quoteList(extra)}`);
  const when = current ? "" : " once it has been created";
  return [
    {
      address: `${address("ticket_type", type.name)}.states`,
      kind: "ticket_type",
      action: "manual",
      name: type.name,
      ...current ? { id: current.id } : {},
      fields: [{ path: "states", before: linked, after: wanted }],
      reason: `In Intercom, open Settings \u2192 Tickets \u2192 ticket types \u2192 "${type.name}"${when} and ${steps.join(" and ")} in its ticket states; the API cannot change which states a ticket type uses.`
    }
  ];
}
function defaultStatesForNewType(states) {
  const byCategory = /* @__PURE__ */ new Map();
  for (const state of states) {
    if (state.archived) continue;
    const seen = byCategory.get(state.category);
    if (!seen || Number(state.id) < Number(seen.id)) byCategory.set(state.category, state);
  }
  return [...byCategory.values()];
}
function quoteList(labels) {
  return labels.map((l) => `"${l}"`).join(", ");
}

// src/resources/ticket-types/plan.ts
var TICKET_TYPE_FIELDS = managedFields()({
  name: {},
  description: {},
  category: {},
  icon: {},
  is_internal: {}
});
function planTicketTypes(declared, ctx) {
  const live = ctx.live.ticketTypes ?? [];
  const byName2 = new NameIndex(live);
  const claimed = /* @__PURE__ */ new Set();
  const changes = [];
  declared.forEach((type, index) => {
    if (!inWorkspace(type, ctx.workspace)) return;
    const matches = byName2.match(type.name, type.previous_names, claimed);
    if (matches.length > 1) {
      ctx.issues.add(["ticket_types", index, "name"], duplicateMessage(type.name, matches));
      return;
    }
    const current = matches[0];
    if (current) claimed.add(current);
    changes.push(...planOneType(ctx, type, index, current));
  });
  if (ctx.options.prune) {
    for (const type of live) {
      if (claimed.has(type) || type.archived) continue;
      changes.push({
        address: address("ticket_type", type.name),
        kind: "ticket_type",
        action: "archive",
        name: type.name,
        id: type.id,
        fields: [{ path: "archived", before: false, after: true }],
        reason: "not in the config (prune)",
        operation: { type: "update_ticket_type", ticketTypeId: type.id, body: { archived: true } }
      });
    }
  }
  return changes;
}
function planOneType(ctx, type, index, current) {
  const typeAddress = address("ticket_type", type.name);
  const wanted = TICKET_TYPE_FIELDS.desired(type);
  if (type.is_internal === false && (type.category ?? current?.category) === "Tracker") {
    ctx.issues.add(
      ["ticket_types", index, "is_internal"],
      `ticket type "${type.name}" is a Tracker, and Intercom keeps Tracker ticket types internal; is_internal: false would never take effect. Remove is_internal (or set it to true), or choose another category`
    );
    return [];
  }
  const owner = { name: type.name, index, attributes: type.attributes, current, address: typeAddress };
  const children = () => [...planAttributes(ctx, owner), ...planTypeStates(ctx.live.ticketStates ?? [], type, current)];
  if (!current) {
    if (type.archived === true) return [];
    const body = TICKET_TYPE_FIELDS.body(wanted);
    const create = {
      address: typeAddress,
      kind: "ticket_type",
      action: "create",
      name: type.name,
      fields: newFields({ ...body }),
      operation: { type: "create_ticket_type", body }
    };
    return [create, ...children()];
  }
  const fields = diffFields(TICKET_TYPE_FIELDS.live(current), wanted);
  const wantArchived = type.archived ?? false;
  if (current.archived !== wantArchived) fields.push({ path: "archived", before: current.archived, after: wantArchived });
  const typeChanges = [];
  if (fields.length > 0) {
    const action = current.archived === wantArchived ? "update" : wantArchived ? "archive" : "unarchive";
    typeChanges.push({
      address: typeAddress,
      kind: "ticket_type",
      action,
      name: type.name,
      id: current.id,
      fields,
      // The PUT body: only the fields that change.
      operation: { type: "update_ticket_type", ticketTypeId: current.id, body: TICKET_TYPE_FIELDS.bodyOf(fields) }
    });
  }
  return [...typeChanges, ...children()];
}

// src/resources/ticket-types/schema.ts
var TICKET_TYPE_CATEGORIES = ["Customer", "Back-office", "Tracker"];
var ticketTypeSchema = strictObject({
  name: name("Ticket type name, unique in the workspace; identifies the ticket type."),
  previous_names: previousNames("ticket type"),
  description: description("What the ticket type is for."),
  category: _enum(TICKET_TYPE_CATEGORIES).optional().describe("Customer, Back-office or Tracker (exact spelling)."),
  icon: string2().min(1).max(MAX_NAME_LENGTH).optional().describe('An emoji, e.g. "\u{1F41E}".'),
  is_internal: boolean2().optional().describe("Internal ticket type, not shown to customers (a limited feature in Intercom)."),
  archived: boolean2().optional().describe("Archive the ticket type; false brings it back. Ticket types cannot be deleted."),
  states: array(name("Internal label of a ticket state.")).optional().describe("Internal labels of the ticket states this type should use. Verified only: the API cannot link states."),
  attributes: array(attributeSchema).optional().describe("Custom attributes; the built-in title and description are managed by Intercom."),
  workspaces: scope
}).describe("A ticket type, matched to the live one by name (or a previous name).");
var ticketTypesSection = {
  ticket_types: array(ticketTypeSchema).optional().describe("Ticket types and their attributes.")
};

// src/resources/ticket-types/kind.ts
var ticketTypeKind = {
  name: "ticket_type",
  section: ticketTypesSection,
  children: [attributeKind],
  identity: [],
  rules(data, context) {
    const types = records(data["ticket_types"]);
    const findings = findNameClashes(types, ["ticket_types"], { noun: "ticket type", key: "name", previousKey: "previous_names" }, context);
    for (const [index, type] of types) {
      const path = ["ticket_types", index];
      findings.push(...checkAttributes(type, path, context), ...duplicateTexts(type["states"], [...path, "states"], "state"));
    }
    return findings;
  },
  declaredObjects(data) {
    return records(data["ticket_types"]).flatMap(([i, value]) => {
      const type = { path: ["ticket_types", i], value };
      const attributes = records(value["attributes"]).map(([j, attribute]) => ({
        path: ["ticket_types", i, "attributes", j],
        value: attribute,
        parent: { object: type, noun: "ticket type" }
      }));
      return [type, ...attributes];
    });
  },
  reads(config2) {
    if (config2.ticket_types === void 0) return [];
    const families = ["ticketTypes"];
    if (config2.ticket_types.some((t) => t.states !== void 0)) families.push("ticketStates");
    return families;
  },
  plan: (config2, ctx) => config2.ticket_types === void 0 ? [] : planTicketTypes(config2.ticket_types, ctx),
  export: (live) => live.ticketTypes ? { ticket_types: [...live.ticketTypes].sort(byName((t) => t.name)).map(exportType) } : {},
  count: (config2) => ({
    ticket_types: config2.ticket_types?.length ?? 0,
    attributes: (config2.ticket_types ?? []).reduce((n, t) => n + (t.attributes?.length ?? 0), 0)
  }),
  describe: (change) => `ticket type "${change.name}"`,
  writes: {
    create_ticket_type: async (op, ctx) => {
      const answer = await ctx.api.createTicketType(op.body);
      return { id: answer.id, answer };
    },
    update_ticket_type: async (op, ctx) => {
      const answer = await ctx.api.updateTicketType(op.ticketTypeId, op.body);
      return { id: answer.id, answer };
    }
  },
  async findCreated(change, ctx) {
    const op = change.operation;
    if (op?.type !== "create_ticket_type") return void 0;
    return newest((await ctx.api.listTicketTypes()).filter((t) => t.name === op.body.name))?.id;
  },
  // A type's hash covers its own fields only, so an unrelated attribute edit does not make
  // a plan that only renames the type stale.
  liveObjects: (live) => (live.ticketTypes ?? []).map(({ attributes: _a3, updated_at: _u, ...type }) => [type.id, type])
};
function exportType(type) {
  const out = TICKET_TYPE_FIELDS.exported(type);
  if (type.archived) out.archived = true;
  out.states = type.states.map((s) => s.internal_label);
  const attributes = exportAttributes(type);
  if (attributes.length > 0) out.attributes = attributes;
  return out;
}

// src/resources/registry.ts
var KINDS = [ticketStateKind, ticketTypeKind, collectionKind];
var CHANGE_KIND_MODULES = KINDS.flatMap((kind) => [kind, ...kind.children]);
var CHANGE_KINDS = CHANGE_KIND_MODULES.map((module) => module.name);
var BY_NAME = new Map(CHANGE_KIND_MODULES.map((module) => [module.name, module]));
function kindOf(change) {
  return BY_NAME.get(change.kind);
}

// src/render/describe-change.ts
function describeChange(change) {
  return kindOf(change).describe(change);
}
function formatValue(value) {
  if (value === void 0) return "(unset)";
  if (typeof value === "string") return JSON.stringify(value);
  return JSON.stringify(value);
}

// src/render/style.ts
var ACTION_SYMBOLS = {
  create: "+",
  update: "~",
  archive: "-",
  unarchive: "^",
  delete: "x",
  manual: "!",
  blocked: "#"
};

// src/render/render-markdown.ts
var MARKDOWN_LIMIT = 65e3;
function markdownMarker(workspace) {
  return `<!-- intercom-config-plan workspace=${JSON.stringify(workspace)} -->`;
}
function renderPlanMarkdown(plan, options = {}) {
  const limit = options.limit ?? MARKDOWN_LIMIT;
  const head = [
    markdownMarker(plan.workspace),
    `### intercom-config plan for \`${escapeCode(plan.workspace)}\``,
    ""
  ];
  if (plan.changes.length === 0) {
    head.push("**No changes.** The workspace matches the configuration.", "");
    return `${head.join("\n")}
`;
  }
  head.push(`| ${CHANGE_ACTIONS.join(" | ")} |`, `|${CHANGE_ACTIONS.map(() => "---:").join("|")}|`);
  head.push(`| ${CHANGE_ACTIONS.map((a) => String(plan.summary[a])).join(" | ")} |`, "");
  const footer = `
<sub>Intercom API ${plan.api_version} \xB7 intercom-config ${plan.tool_version}</sub>
`;
  let body = "";
  let shown = 0;
  for (const change of plan.changes) {
    const block = renderDetails(change);
    const note = truncationNote(plan.changes.length - shown - 1);
    if (head.join("\n").length + body.length + block.length + note.length + footer.length > limit) break;
    body += block;
    shown += 1;
  }
  const omitted = plan.changes.length - shown;
  return `${head.join("\n")}
${body}${omitted > 0 ? truncationNote(omitted) : ""}${footer}`;
}
function renderDetails(change) {
  const title = `<code>${ACTION_SYMBOLS[change.action]}</code> <b>${change.action}</b> ${escapeHtml(describeChange(change))}${change.id ? ` <sub>id ${escapeHtml(change.id)}</sub>` : ""}`;
  const lines = ["<details>", `<summary>${title}</summary>`, ""];
  if (change.fields?.length) {
    lines.push("| field | before | after |", "|---|---|---|");
    for (const field of change.fields) {
      const before = "before" in field ? cell(formatValue(field.before)) : "";
      lines.push(`| \`${escapeCode(field.path)}\` | ${before} | ${cell(formatValue(field.after))} |`);
    }
    lines.push("");
  }
  if (change.reason) lines.push(`> ${escapeHtml(change.reason)}`, "");
  lines.push("</details>", "");
  return `${lines.join("\n")}
`;
}
function truncationNote(omitted) {
  return omitted > 0 ? `
> [!NOTE]
> ${omitted} more change(s) are not shown to keep this comment under GitHub's size limit. Run \`intercom-config plan\` for the full plan.
` : "";
}
function cell(text2) {
  const short = text2.length > 500 ? `${text2.slice(0, 497)}...` : text2;
  return `<code>${escapeHtml(short).replace(/\|/g, "&#124;").replace(/\n/g, " ")}</code>`;
}
function escapeHtml(text2) {
  return text2.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function escapeCode(text2) {
  return text2.replace(/`/g, "'");
}

// action/src/comment-body.ts
var COMMENT_LIMIT = 65e3;
var FRAME_RESERVE = 2e3;
function marker(kind, key) {
  return `<!-- intercom-config-action:${kind} workspace=${encodeURIComponent(key.workspace)} config=${encodeURIComponent(key.config)} -->`;
}
function planSection(plan, runUrl, limit = COMMENT_LIMIT) {
  const rendered = renderPlanMarkdown(plan, { limit: limit - FRAME_RESERVE });
  const body = rendered.replace(/^<!--.*-->\n/, "");
  const shown = body.split("\n").filter((line) => line === "<details>").length;
  const omitted = plan.changes.length - shown;
  const note = omitted > 0 ? `
**${omitted} of ${plan.changes.length} changes are not shown here.** The full plan is in [the run's log](${runUrl}).
` : "";
  return `${body}${note}`;
}
function planComment(mark, plan, runUrl) {
  return fit(`${mark}
${planSection(plan, runUrl)}
${runLink(runUrl)}`, runUrl);
}
function failureComment(mark, what, workspace, error2, runUrl) {
  return fit(
    [
      mark,
      `### \u274C intercom-config ${what} failed for \`${code(workspace)}\``,
      "",
      `No plan is shown because the latest ${what} failed; the error is below. Fix it and push again.`,
      "",
      fenced(error2),
      "",
      runLink(runUrl)
    ].join("\n"),
    runUrl
  );
}
var HEADINGS = {
  applied: "### \u2705 Applied to `%`",
  failed: "### \u274C Apply to `%` failed",
  "not-attempted": "### \u23F9\uFE0F Apply to `%` was not attempted"
};
function applyComment(mark, report, runUrl) {
  const lines = [mark, HEADINGS[report.outcome].replace("%", code(report.workspace)), "", applySummary(report), ""];
  const result = report.result;
  if (result) {
    lines.push(...changeList("Applied", result.applied, (c) => c.id ? ` (id ${inline(c.id)})` : ""));
    lines.push(...changeList("Failed", result.failed, (c) => ` \u2014 ${inline(c.error)}`));
    lines.push(...changeList("Not attempted", result.not_attempted, () => ""));
    lines.push(...changeList("Manual steps remaining", result.remaining, (c) => c.reason ? ` \u2014 ${inline(c.reason)}` : ""));
  }
  if (report.error) lines.push(fenced(report.error), "");
  if (report.plan && report.plan.changes.length > 0) {
    lines.push("<details>", "<summary>The plan that was applied</summary>", "", planSection(report.plan, runUrl, COMMENT_LIMIT / 2), "</details>", "");
  }
  lines.push(runLink(runUrl));
  return fit(lines.join("\n"), runUrl);
}
function applySummary(report) {
  const r = report.result;
  if (!r) return "intercom-config reported no apply result; its error is below.";
  const total = r.applied.length + r.failed.length + r.not_attempted.length;
  if (total === 0 && r.remaining.length === 0) return "No changes: the workspace already matched.";
  const parts = [`${r.applied.length} applied`, `${r.failed.length} failed`, `${r.not_attempted.length} not attempted`];
  if (r.remaining.length > 0) parts.push(`${r.remaining.length} manual step(s) remaining`);
  return `Apply: ${parts.join(", ")}.`;
}
function changeList(title, changes, suffix) {
  if (changes.length === 0) return [];
  return [`**${title} (${changes.length})**`, "", ...changes.map((c) => `- ${c.action} ${c.kind.replace(/_/g, " ")} ${inline(describe2(c))}${suffix(c)}`), ""];
}
function describe2(change) {
  if (change.path) return `${change.help_center ? `${change.help_center}: ` : ""}${change.path.join(" / ")}`;
  if (change.ticket_type) return `${change.ticket_type} \u203A ${change.name}`;
  return change.name;
}
function fit(body, runUrl, limit = COMMENT_LIMIT) {
  if (body.length <= limit) return body;
  const note = `

> [!NOTE]
> This comment was cut to stay under GitHub's size limit. Everything is in [the run](${runUrl}).
`;
  let cut = body.slice(0, limit - note.length - 20);
  cut = cut.slice(0, Math.max(cut.lastIndexOf("\n"), 0));
  const fence = openFence(cut);
  return `${cut}${fence ? `
${fence}` : ""}${note}`;
}
function openFence(text2) {
  let open2;
  for (const line of text2.split("\n")) {
    const match = /^(`{3,})/.exec(line);
    if (!match) continue;
    if (open2 === void 0) open2 = match[1];
    else if (match[1].length >= open2.length && line.trim() === match[1]) open2 = void 0;
  }
  return open2;
}
function runLink(runUrl) {
  return `<sub>[Workflow run](${runUrl}) \xB7 intercom-config action</sub>
`;
}
function fenced(text2) {
  const longest = Math.max(0, ...[...text2.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}text
${text2.replace(/\n+$/, "")}
${fence}`;
}
function inline(text2) {
  return `<code>${text2.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "&#124;").replace(/[\r\n]+/g, " ")}</code>`;
}
function code(text2) {
  return text2.replace(/`/g, "'").replace(/[\r\n]+/g, " ");
}

// action/src/mode-context.ts
import { createHash as createHash2 } from "node:crypto";
import { readFile as readFile2 } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

// src/errors.ts
var UserError = class extends Error {
  name = "UserError";
  /** What the user should do next, printed under the message. */
  hint;
  constructor(message, options = {}) {
    super(message, options.cause === void 0 ? void 0 : { cause: options.cause });
    if (options.hint !== void 0) this.hint = options.hint;
  }
};
var StalePlanError = class extends UserError {
  name = "StalePlanError";
};

// src/version.ts
var TOOL_VERSION = "0.1.0";

// src/plan/canonical-json.ts
import { createHash } from "node:crypto";
function canonicalJson(value) {
  return JSON.stringify(
    value,
    (_key, v) => v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) : v
  );
}
function sha256(text2) {
  return createHash("sha256").update(text2).digest("hex");
}

// src/plan/saved-plan.ts
var SAVED_PLAN_KIND = "intercom-config-saved-plan";
function parseSavedPlanText(text2, file, kinds) {
  const refuse = (why) => new StalePlanError(`The plan file ${file} cannot be used: ${why}.`, {
    hint: "Make a new one with `intercom-config plan --out FILE`; nothing was written."
  });
  let data;
  try {
    data = JSON.parse(text2);
  } catch {
    throw refuse("it is not valid JSON");
  }
  if (!isRecord2(data) || data["kind"] !== SAVED_PLAN_KIND) throw refuse("it is not a plan saved by intercom-config plan --out");
  if (data["format_version"] !== 1) throw refuse(`its format_version ${String(data["format_version"])} is not supported`);
  const { checksum, ...body } = data;
  if (typeof checksum !== "string" || checksum !== sha256(canonicalJson(body))) {
    throw refuse("its checksum does not match its contents (it was edited or damaged)");
  }
  const saved = data;
  if (!isPlanShape(saved.plan, kinds)) throw refuse("its plan section is malformed");
  if (saved.tool_version !== TOOL_VERSION) {
    throw refuse(`it was made by intercom-config ${saved.tool_version}, this is ${TOOL_VERSION}`);
  }
  return saved;
}
function isPlanShape(plan, kinds) {
  if (!isRecord2(plan) || !Array.isArray(plan["changes"])) return false;
  return plan["changes"].every(
    (c) => isRecord2(c) && typeof c["address"] === "string" && typeof c["kind"] === "string" && kinds.includes(c["kind"]) && CHANGE_ACTIONS.includes(c["action"])
  );
}
function isRecord2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/engine/saved-plans.ts
function parseSavedPlan(text2, file) {
  return parseSavedPlanText(text2, file, CHANGE_KINDS);
}

// action/src/github-context.ts
import { readFile } from "node:fs/promises";

// action/src/inputs.ts
var ACTION_COMMANDS = ["plan", "apply", "drift"];
var InputError = class extends Error {
};
var RESERVED_FLAGS = {
  "-c": "the `config` input",
  "--config": "the `config` input",
  "-w": "the `workspace` input",
  "--workspace": "the `workspace` input",
  "--out": "the `plan-file` input",
  "--json": "nothing: the action reads the result itself",
  "--format": "nothing: the action renders the comment and the job summary itself",
  "--detailed-exitcode": "nothing: the action always passes it to plan (see the `exit-code` output)",
  "--auto-approve": "nothing: apply in the action never prompts"
};
function readInputs(env) {
  const input = (name2) => (env[`INPUT_${name2.toUpperCase()}`] ?? "").trim();
  const command = input("command") || "plan";
  if (!ACTION_COMMANDS.includes(command)) {
    throw new InputError(`command: "${command}" is not one of ${ACTION_COMMANDS.join(", ")}`);
  }
  const comment = input("comment").toLowerCase() || "true";
  if (comment !== "true" && comment !== "false") throw new InputError(`comment: write true or false, not "${comment}"`);
  const args = splitArgs(input("args"));
  for (const arg of args) {
    const flag = arg.startsWith("--") ? arg.split("=")[0] : arg.startsWith("-") ? arg.slice(0, 2) : void 0;
    if (flag !== void 0 && Object.hasOwn(RESERVED_FLAGS, flag)) {
      throw new InputError(`args: ${flag} is set by the action; use ${RESERVED_FLAGS[flag]}`);
    }
  }
  return {
    command,
    workspace: input("workspace"),
    config: input("config") || "intercom.config.yaml",
    workingDirectory: input("working-directory") || ".",
    comment: comment === "true",
    githubToken: input("github-token"),
    planFile: input("plan-file"),
    args
  };
}
function splitArgs(text2) {
  const args = [];
  let current = "";
  let started = false;
  let quote2;
  for (let i = 0; i < text2.length; i += 1) {
    const ch = text2[i];
    if (quote2) {
      if (ch === quote2) quote2 = void 0;
      else if (ch === "\\" && quote2 === '"' && (text2[i + 1] === '"' || text2[i + 1] === "\\")) current += text2[i += 1];
      else current += ch;
    } else if (ch === '"' || ch === "'") {
      quote2 = ch;
      started = true;
    } else if (/\s/.test(ch)) {
      if (started) args.push(current);
      current = "";
      started = false;
    } else {
      current += ch === "\\" && i + 1 < text2.length ? text2[i += 1] : ch;
      started = true;
    }
  }
  if (quote2) throw new InputError(`args: a ${quote2} quote is not closed`);
  if (started) args.push(current);
  return args;
}

// action/src/github-context.ts
async function readContext(env) {
  const repository = env["GITHUB_REPOSITORY"] ?? "";
  const [owner = "", repo = ""] = repository.split("/");
  const serverUrl = (env["GITHUB_SERVER_URL"] ?? "https://github.com").replace(/\/+$/, "");
  const runId = env["GITHUB_RUN_ID"] ?? "";
  const attempt = env["GITHUB_RUN_ATTEMPT"];
  const runUrl = runId ? `${serverUrl}/${repository}/actions/runs/${runId}${attempt && attempt !== "1" ? `/attempts/${attempt}` : ""}` : `${serverUrl}/${repository}/actions`;
  return {
    apiUrl: (env["GITHUB_API_URL"] ?? "https://api.github.com").replace(/\/+$/, ""),
    owner,
    repo,
    eventName: env["GITHUB_EVENT_NAME"] ?? "",
    event: await readEvent(env["GITHUB_EVENT_PATH"]),
    sha: env["GITHUB_SHA"] ?? "",
    runUrl,
    workspaceDir: env["GITHUB_WORKSPACE"] ?? process.cwd(),
    outputFile: env["GITHUB_OUTPUT"] || void 0,
    summaryFile: env["GITHUB_STEP_SUMMARY"] || void 0,
    tempDir: env["RUNNER_TEMP"] || void 0
  };
}
async function readEvent(file) {
  if (!file) return {};
  try {
    const data = JSON.parse(await readFile(file, "utf8"));
    return data !== null && typeof data === "object" ? data : {};
  } catch (error2) {
    throw new InputError(`cannot read the event payload ${file}: ${error2.message}`);
  }
}
function pullRequestOfEvent(context) {
  const pr = record(context.event["pull_request"]);
  if (typeof pr?.["number"] === "number") return pr["number"];
  const issue2 = record(context.event["issue"]);
  if (issue2?.["pull_request"] && typeof issue2["number"] === "number") return issue2["number"];
  return void 0;
}
function record(value) {
  return value !== null && typeof value === "object" ? value : void 0;
}

// action/src/github-api.ts
var GitHubApiError = class extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
};
var MAX_PAGES = 50;
var GitHubApi = class {
  constructor(options) {
    this.options = options;
    this.repoPath = `/repos/${encodeURIComponent(options.owner)}/${encodeURIComponent(options.repo)}`;
  }
  repoPath;
  listIssueComments(issue2) {
    return this.paginate(`${this.repoPath}/issues/${issue2}/comments`);
  }
  createIssueComment(issue2, body) {
    return this.request("POST", `${this.repoPath}/issues/${issue2}/comments`, { body });
  }
  updateIssueComment(id, body) {
    return this.request("PATCH", `${this.repoPath}/issues/comments/${id}`, { body });
  }
  async deleteIssueComment(id) {
    await this.request("DELETE", `${this.repoPath}/issues/comments/${id}`);
  }
  /** Open issues, oldest first, without pull requests (the issues API lists both). */
  async listOpenIssues() {
    const items = await this.paginate(`${this.repoPath}/issues`, { state: "open", sort: "created", direction: "asc" });
    return items.filter((item) => item.pull_request === void 0);
  }
  createIssue(title, body) {
    return this.request("POST", `${this.repoPath}/issues`, { title, body });
  }
  updateIssue(issue2, fields) {
    return this.request("PATCH", `${this.repoPath}/issues/${issue2}`, fields);
  }
  /** Pull requests a commit belongs to: after a merge, the one that was merged. */
  pullRequestsOfCommit(sha) {
    return this.request("GET", `${this.repoPath}/commits/${encodeURIComponent(sha)}/pulls`);
  }
  async paginate(path, query = {}) {
    const items = [];
    for (let page = 1; page <= MAX_PAGES; page += 1) {
      const batch = await this.request("GET", `${path}?${new URLSearchParams({ ...query, per_page: "100", page: String(page) })}`);
      items.push(...batch);
      if (batch.length < 100) break;
    }
    return items;
  }
  async request(method, path, body) {
    const url = `${this.options.apiUrl}${path}`;
    let response;
    try {
      response = await fetch(url, {
        method,
        headers: {
          accept: "application/vnd.github+json",
          authorization: `Bearer ${this.options.token}`,
          "user-agent": "intercom-config-action",
          "x-github-api-version": "2022-11-28",
          ...body !== void 0 ? { "content-type": "application/json" } : {}
        },
        ...body !== void 0 ? { body: JSON.stringify(body) } : {},
        redirect: "error"
      });
    } catch (error2) {
      throw new GitHubApiError(`${method} ${path.split("?")[0]} could not reach ${this.options.apiUrl}: ${error2.message}`, 0);
    }
    const text2 = await response.text();
    if (!response.ok) {
      throw new GitHubApiError(`${method} ${path.split("?")[0]} answered ${response.status}: ${githubMessage(text2)}${permissionHint(response.status)}`, response.status);
    }
    return text2 ? JSON.parse(text2) : void 0;
  }
};
function githubMessage(text2) {
  try {
    const data = JSON.parse(text2);
    const details = (data.errors ?? []).map((e) => e.message).filter((m) => typeof m === "string");
    if (typeof data.message === "string") return [data.message, ...details].join("; ");
  } catch {
  }
  return text2.slice(0, 200);
}
function permissionHint(status) {
  return status === 401 || status === 403 || status === 404 ? " (does the `github-token` have `pull-requests: write` for comments and `issues: write` for drift issues? A pull request from a fork gets a read-only token)" : "";
}

// action/src/upsert-comment.ts
var hasMarker = (mark) => (comment) => (comment.body ?? "").startsWith(`${mark}
`) || comment.body === mark;
async function upsertComment(api, pullRequest, mark, body) {
  const existing = (await api.listIssueComments(pullRequest)).filter(hasMarker(mark)).sort((a, b) => a.id - b.id);
  const [oldest, ...extra] = existing;
  if (oldest) {
    const updated = await api.updateIssueComment(oldest.id, body);
    for (const duplicate of extra) await api.deleteIssueComment(duplicate.id);
    return { action: "updated", id: oldest.id, url: updated.html_url };
  }
  const created = await api.createIssueComment(pullRequest, body);
  const after = (await api.listIssueComments(pullRequest)).filter(hasMarker(mark)).sort((a, b) => a.id - b.id);
  const keep = after[0];
  if (keep && keep.id !== created.id) {
    await api.updateIssueComment(keep.id, body);
    for (const duplicate of after.slice(1)) await api.deleteIssueComment(duplicate.id);
    return { action: "updated", id: keep.id, url: keep.html_url };
  }
  return { action: "created", id: created.id, url: created.html_url };
}

// action/src/mode-context.ts
function targetArgs(context) {
  const { inputs } = context;
  return ["--config", inputs.config, ...inputs.workspace ? ["--workspace", inputs.workspace] : []];
}
function planFilePath(context) {
  if (context.inputs.planFile) return resolve(context.cwd, context.inputs.planFile);
  const slug = context.key.workspace.replace(/[^A-Za-z0-9_.-]+/g, "_");
  const hash = createHash2("sha256").update(context.key.config).digest("hex").slice(0, 8);
  return join(context.github.tempDir ?? tmpdir(), `intercom-config-${slug}-${hash}.plan`);
}
async function readSavedPlan(file) {
  try {
    return parseSavedPlan(await readFile2(file, "utf8"), file).plan;
  } catch {
    return void 0;
  }
}
function firstLine(text2) {
  return text2.split("\n").find((line) => line.trim() !== "") ?? text2;
}
async function commentOnPullRequest(context, pullRequest, body) {
  const { api, report, inputs } = context;
  if (!inputs.comment) return;
  if (pullRequest === void 0) {
    report.log("No pull request for this run; no comment posted.");
    return;
  }
  if (!api) {
    report.annotate("warning", "intercom-config: no comment", "No github-token (or GITHUB_REPOSITORY), so the pull request gets no comment.");
    return;
  }
  try {
    const result = await upsertComment(api, pullRequest, marker("plan", context.key), body);
    report.log(`${result.action === "created" ? "Created" : "Updated"} the comment on pull request #${pullRequest}${result.url ? `: ${result.url}` : ""}`);
  } catch (error2) {
    if (!(error2 instanceof GitHubApiError)) throw error2;
    report.annotate("warning", "intercom-config: comment not posted", error2.message);
  }
}
async function pullRequestOfRun(context) {
  const fromEvent = pullRequestOfEvent(context.github);
  if (fromEvent !== void 0 || !context.api || !context.github.sha || !context.inputs.comment) return fromEvent;
  try {
    const pulls = await context.api.pullRequestsOfCommit(context.github.sha);
    return (pulls.find((p) => p.merge_commit_sha === context.github.sha) ?? pulls[0])?.number;
  } catch (error2) {
    if (!(error2 instanceof GitHubApiError)) throw error2;
    context.report.annotate("warning", "intercom-config: pull request not found", error2.message);
    return void 0;
  }
}

// action/src/run-cli.ts
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
var WITHHELD = /^(INPUT_.*|GITHUB_STEP_SUMMARY|GITHUB_OUTPUT|GITHUB_STATE|GITHUB_ENV|GITHUB_PATH)$/i;
function childEnv(env) {
  const out = {};
  for (const [key, value] of Object.entries(env)) if (!WITHHELD.test(key)) out[key] = value;
  out["NO_COLOR"] = "1";
  return out;
}
function cliRunner(cliPath2, env, log) {
  return (args, cwd) => new Promise((resolve5, reject) => {
    const token = randomUUID();
    log(`::stop-commands::${token}
`);
    let lastChar = "\n";
    let finished = false;
    const finish = () => {
      if (finished) return false;
      finished = true;
      log(`${lastChar === "\n" ? "" : "\n"}::${token}::
`);
      return true;
    };
    const show = (text2) => {
      if (text2 === "") return;
      log(text2);
      lastChar = text2.at(-1);
    };
    const child = spawn(process.execPath, [cliPath2, ...args], { cwd, env: childEnv(env), stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (text2) => {
      stdout += text2;
      show(text2);
    });
    child.stderr.setEncoding("utf8").on("data", (text2) => {
      stderr += text2;
      show(text2);
    });
    child.on("error", (error2) => {
      if (finish()) reject(error2);
    });
    child.on("close", (code2) => {
      if (finish()) resolve5({ code: code2 ?? 1, stdout, stderr });
    });
  });
}
function errorText(stderr) {
  const lines = stderr.replace(/\n+$/, "").split("\n");
  const start = lines.findLastIndex((line) => line.startsWith("Error: "));
  const picked = start === -1 ? lines.slice(-20) : lines.slice(start);
  const text2 = picked.join("\n").trim();
  return text2 === "" ? "intercom-config exited with an error and printed nothing." : text2;
}

// action/src/apply-mode.ts
async function applyMode(context) {
  const { inputs, report, github, key } = context;
  const planFile = inputs.planFile ? resolve2(context.cwd, inputs.planFile) : void 0;
  const plan = planFile ? await readSavedPlan(planFile) : void 0;
  const run = await context.cli(
    ["apply", ...planFile ? [planFile] : [], ...targetArgs(context), "--auto-approve", "--json", ...inputs.args],
    context.cwd
  );
  const result = parseResult(run.stdout);
  const applyReport = {
    outcome: !result ? "not-attempted" : run.code === 0 && result.failed.length === 0 ? "applied" : "failed",
    workspace: key.workspace,
    ...result ? { result } : {},
    // When apply ran, its lists say what happened; otherwise the CLI's error says why not.
    ...!result ? { error: errorText(run.stderr) } : {},
    ...plan ? { plan } : {}
  };
  if (!result) report.configErrors(run.stdout, context.cwd);
  const summary = applyReport.outcome === "not-attempted" ? `Apply not attempted: ${firstLine(applyReport.error ?? "")}` : applySummary(applyReport);
  if (applyReport.outcome === "applied") report.annotate("notice", `intercom-config apply (${key.workspace})`, summary);
  else report.annotate("error", `intercom-config apply ${applyReport.outcome === "failed" ? "failed" : "not attempted"} (${key.workspace})`, applyReport.error ?? summary);
  const changed = result ? result.applied.length + result.failed.length + result.not_attempted.length + result.remaining.length > 0 : plan?.changes.length;
  await report.outputs({
    "exit-code": String(run.code),
    ...changed !== void 0 ? { "has-changes": String(Boolean(changed)) } : {},
    ...planFile ? { "plan-file": planFile } : {},
    summary
  });
  const body = applyComment(marker("plan", key), applyReport, github.runUrl);
  await report.summary(body);
  await commentOnPullRequest(context, await pullRequestOfRun(context), body);
  return run.code === 0 && applyReport.outcome === "applied" ? 0 : 1;
}
function parseResult(stdout) {
  const start = stdout.indexOf("{");
  if (start === -1) return void 0;
  try {
    const data = JSON.parse(stdout.slice(start));
    const lists = [data.applied, data.failed, data.not_attempted, data.remaining];
    return data.format_version === 1 && lists.every(Array.isArray) ? data : void 0;
  } catch {
    return void 0;
  }
}

// src/render/render-text.ts
var SUMMARY_WORDS = {
  create: (n) => `${n} to create`,
  update: (n) => `${n} to update`,
  archive: (n) => `${n} to archive`,
  unarchive: (n) => `${n} to unarchive`,
  delete: (n) => `${n} to delete`,
  manual: (n) => `${n} manual ${n === 1 ? "step" : "steps"}`,
  blocked: (n) => `${n} blocked`
};
function summaryLine(summary) {
  const parts = CHANGE_ACTIONS.filter((a) => summary[a] > 0).map((a) => SUMMARY_WORDS[a](summary[a]));
  return parts.length === 0 ? "No changes." : `Plan: ${parts.join(", ")}.`;
}

// action/src/drift-issue.ts
async function syncDriftIssue(api, mark, state) {
  const open2 = (await api.listOpenIssues()).filter((issue2) => (issue2.body ?? "").startsWith(`${mark}
`));
  const [current, ...duplicates] = open2;
  if (state.drift) {
    for (const duplicate of duplicates) await api.updateIssue(duplicate.number, { state: "closed", state_reason: "completed" });
    if (current) {
      const updated = await api.updateIssue(current.number, { title: state.title, body: state.body });
      return { action: "updated", number: current.number, url: updated.html_url };
    }
    const created = await api.createIssue(state.title, state.body);
    return { action: "opened", number: created.number, url: created.html_url };
  }
  if (!current) return { action: "none" };
  for (const issue2 of open2) {
    await api.createIssueComment(issue2.number, state.closingComment);
    await api.updateIssue(issue2.number, { state: "closed", state_reason: "completed" });
  }
  return { action: "closed", number: current.number, url: current.html_url };
}

// action/src/plan-mode.ts
import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
var SUMMARY_LIMIT = 2e5;
async function runPlan(context) {
  const planFile = planFilePath(context);
  await mkdir(dirname(planFile), { recursive: true });
  const run = await context.cli(["plan", ...targetArgs(context), "--out", planFile, "--detailed-exitcode", ...context.inputs.args], context.cwd);
  if (run.code === 0 || run.code === 2) {
    const plan = await readSavedPlan(planFile);
    if (plan) return { ok: true, code: run.code, plan, planFile };
    return { ok: false, code: 1, error: `intercom-config plan exited ${run.code} but its plan file ${planFile} cannot be read.` };
  }
  context.report.configErrors(run.stdout, context.cwd);
  return { ok: false, code: run.code === 0 ? 1 : run.code, error: errorText(run.stderr) };
}
async function planMode(context) {
  const { report, github, key } = context;
  const result = await runPlan(context);
  const pullRequest = await pullRequestOfRun(context);
  if (!result.ok) {
    report.annotate("error", `intercom-config plan failed (${key.workspace})`, result.error);
    await report.outputs({ "exit-code": String(result.code), summary: firstLine(result.error) });
    const body = failureComment(marker("plan", key), "plan", key.workspace, result.error, github.runUrl);
    await report.summary(body);
    await commentOnPullRequest(context, pullRequest, body);
    return 1;
  }
  const { plan } = result;
  const summary = summaryLine(plan.summary);
  report.annotate("notice", `intercom-config plan (${plan.workspace})`, summary);
  await report.outputs({
    "exit-code": String(result.code),
    "has-changes": String(plan.changes.length > 0),
    "plan-file": result.planFile,
    summary
  });
  await report.summary(planSection(plan, github.runUrl, SUMMARY_LIMIT));
  await commentOnPullRequest(context, pullRequest, planComment(marker("plan", key), plan, github.runUrl));
  return 0;
}

// action/src/drift-mode.ts
async function driftMode(context) {
  const { report, github, key, api } = context;
  if (!api) {
    report.annotate("error", "intercom-config drift", "drift needs a github-token with `issues: write` (and GITHUB_REPOSITORY) to open and close issues.");
    return 1;
  }
  const result = await runPlan(context);
  if (!result.ok) {
    report.annotate("error", `intercom-config drift check failed (${key.workspace})`, result.error);
    await report.outputs({ "exit-code": String(result.code), summary: firstLine(result.error) });
    await report.summary(`### \u274C intercom-config drift check failed for \`${key.workspace}\`

The drift issue was left as it is.
`);
    return 1;
  }
  const { plan } = result;
  const summary = summaryLine(plan.summary);
  const drifted = result.code === 2;
  const mark = marker("drift", key);
  const where = `\`${key.config}\``;
  const issue2 = await syncDriftIssue(
    api,
    mark,
    drifted ? {
      drift: true,
      title: `intercom-config: workspace "${plan.workspace}" has drifted from ${key.config}`,
      body: fit(
        `${mark}
The live workspace \`${plan.workspace}\` no longer matches ${where} as of [this run](${github.runUrl}) (commit ${github.sha.slice(0, 12) || "unknown"}). Applying the config would make these changes; or change the config to match.

This issue is updated on every check and closed when the workspace matches again.

${planSection(plan, github.runUrl)}`,
        github.runUrl
      )
    } : { drift: false, closingComment: `The live workspace \`${plan.workspace}\` matches ${where} again as of [this run](${github.runUrl}). Closing.` }
  );
  if (issue2.action !== "none") report.log(`Drift issue #${issue2.number} ${issue2.action}${issue2.url ? `: ${issue2.url}` : ""}`);
  if (drifted) report.annotate("warning", `intercom-config drift (${plan.workspace})`, `${summary} See the drift issue${issue2.action === "none" ? "" : ` #${issue2.number}`}.`);
  await report.outputs({
    "exit-code": String(result.code),
    "has-changes": String(drifted),
    "plan-file": result.planFile,
    summary
  });
  await report.summary(drifted ? planSection(plan, github.runUrl, SUMMARY_LIMIT) : `### intercom-config drift check for \`${plan.workspace}\`

No drift: ${summary}
`);
  return 0;
}

// action/src/reporter.ts
import { relative, resolve as resolve3, sep } from "node:path";

// action/src/workflow-commands.ts
import { randomUUID as randomUUID2 } from "node:crypto";
import { appendFile } from "node:fs/promises";
function escapeData(text2) {
  return text2.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text2) {
  return escapeData(text2).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function annotation(level, message, properties = {}) {
  const props = Object.entries(properties).filter(([, value]) => value !== void 0 && value !== "").map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(",");
  return `::${level}${props ? ` ${props}` : ""}::${escapeData(message)}
`;
}
function verbatim(text2, token = randomUUID2()) {
  if (text2 === "") return "";
  const body = text2.endsWith("\n") ? text2 : `${text2}
`;
  return `::stop-commands::${token}
${body}::${token}::
`;
}
function outputLines(outputs) {
  let text2 = "";
  for (const [name2, value] of Object.entries(outputs)) {
    if (value === void 0) continue;
    let delimiter = `ghadelimiter_${randomUUID2()}`;
    while (value.includes(delimiter)) delimiter = `ghadelimiter_${randomUUID2()}`;
    text2 += `${name2}<<${delimiter}
${value}
${delimiter}
`;
  }
  return text2;
}
async function writeOutputs(file, outputs) {
  if (file) await appendFile(file, outputLines(outputs));
}
async function appendSummary(file, markdown) {
  if (file) await appendFile(file, markdown.endsWith("\n") ? markdown : `${markdown}
`);
}
var CLI_ERROR_LINE = /^::error file=([^,:\r\n]*),line=(\d+),col=(\d+)::([^\r\n]*)$/;
function parseCliAnnotations(output) {
  const found = [];
  for (const line of output.split("\n")) {
    const match = CLI_ERROR_LINE.exec(line);
    if (!match) continue;
    found.push({ file: unescapeProperty(match[1]), line: Number(match[2]), col: Number(match[3]), message: unescapeData(match[4]) });
  }
  return found;
}
function unescapeData(text2) {
  return text2.replace(/%0A/g, "\n").replace(/%0D/g, "\r").replace(/%25/g, "%");
}
function unescapeProperty(text2) {
  return unescapeData(text2.replace(/%3A/g, ":").replace(/%2C/g, ","));
}

// action/src/reporter.ts
var Reporter = class {
  constructor(write, files) {
    this.write = write;
    this.files = files;
  }
  log(text2) {
    this.write(verbatim(text2));
  }
  annotate(level, title, message) {
    this.write(annotation(level, message, { title }));
  }
  /**
   * The CLI's located config errors, as annotations on the file. The CLI names files
   * relative to its working directory; GitHub wants them relative to the checkout.
   */
  configErrors(cliStdout, cliCwd) {
    const found = parseCliAnnotations(cliStdout);
    for (const a of found) {
      const file = relative(this.files.workspaceDir, resolve3(cliCwd, a.file)).split(sep).join("/");
      this.write(annotation("error", a.message, { file, line: a.line, col: a.col }));
    }
    return found.length;
  }
  outputs(values) {
    return writeOutputs(this.files.outputFile, values);
  }
  summary(markdown) {
    return appendSummary(this.files.summaryFile, markdown);
  }
};

// action/src/run-action.ts
var MODES = { plan: planMode, apply: applyMode, drift: driftMode };
async function runAction(env, cliPath2, write) {
  try {
    const inputs = readInputs(env);
    const github = await readContext(env);
    const report = new Reporter(write, github);
    const cwd = resolve4(github.workspaceDir, inputs.workingDirectory);
    const context = {
      inputs,
      github,
      api: inputs.githubToken && github.owner && github.repo ? new GitHubApi({ apiUrl: github.apiUrl, token: inputs.githubToken, owner: github.owner, repo: github.repo }) : void 0,
      cli: cliRunner(cliPath2, env, write),
      report,
      cwd,
      key: {
        workspace: inputs.workspace || "default",
        config: relative2(github.workspaceDir, resolve4(cwd, inputs.config)).split(sep2).join("/")
      }
    };
    return await MODES[inputs.command](context);
  } catch (error2) {
    const message = error2 instanceof InputError ? `Invalid input: ${error2.message}` : `The action failed unexpectedly: ${error2.stack ?? String(error2)}`;
    write(annotation("error", message, { title: "intercom-config action" }));
    return 1;
  }
}

// action/src/main.ts
var cliPath = fileURLToPath(new URL("./cli.js", import.meta.url));
process.exitCode = await runAction(process.env, cliPath, (text2) => process.stdout.write(text2));
