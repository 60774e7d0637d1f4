/******/ (() => { // webpackBootstrap
/******/ 	var __webpack_modules__ = ({

/***/ 9379:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";


const ANY = Symbol('SemVer ANY')
// hoisted class for cyclic dependency
class Comparator {
  static get ANY () {
    return ANY
  }

  constructor (comp, options) {
    options = parseOptions(options)

    if (comp instanceof Comparator) {
      if (comp.loose === !!options.loose) {
        return comp
      } else {
        comp = comp.value
      }
    }

    comp = comp.trim().split(/\s+/).join(' ')
    debug('comparator', comp, options)
    this.options = options
    this.loose = !!options.loose
    this.parse(comp)

    if (this.semver === ANY) {
      this.value = ''
    } else {
      this.value = this.operator + this.semver.version
    }

    debug('comp', this)
  }

  parse (comp) {
    const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR]
    const m = comp.match(r)

    if (!m) {
      throw new TypeError(`Invalid comparator: ${comp}`)
    }

    this.operator = m[1] !== undefined ? m[1] : ''
    if (this.operator === '=') {
      this.operator = ''
    }

    // if it literally is just '>' or '' then allow anything.
    if (!m[2]) {
      this.semver = ANY
    } else {
      this.semver = new SemVer(m[2], this.options.loose)
    }
  }

  toString () {
    return this.value
  }

  test (version) {
    debug('Comparator.test', version, this.options.loose)

    if (this.semver === ANY || version === ANY) {
      return true
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    return cmp(version, this.operator, this.semver, this.options)
  }

  intersects (comp, options) {
    if (!(comp instanceof Comparator)) {
      throw new TypeError('a Comparator is required')
    }

    if (this.operator === '') {
      if (this.value === '') {
        return true
      }
      return new Range(comp.value, options).test(this.value)
    } else if (comp.operator === '') {
      if (comp.value === '') {
        return true
      }
      return new Range(this.value, options).test(comp.semver)
    }

    options = parseOptions(options)

    // Special cases where nothing can possibly be lower
    if (options.includePrerelease &&
      (this.value === '<0.0.0-0' || comp.value === '<0.0.0-0')) {
      return false
    }
    if (!options.includePrerelease &&
      (this.value.startsWith('<0.0.0') || comp.value.startsWith('<0.0.0'))) {
      return false
    }

    // Same direction increasing (> or >=)
    if (this.operator.startsWith('>') && comp.operator.startsWith('>')) {
      return true
    }
    // Same direction decreasing (< or <=)
    if (this.operator.startsWith('<') && comp.operator.startsWith('<')) {
      return true
    }
    // same SemVer and both sides are inclusive (<= or >=)
    if (
      (this.semver.version === comp.semver.version) &&
      this.operator.includes('=') && comp.operator.includes('=')) {
      return true
    }
    // opposite directions less than
    if (cmp(this.semver, '<', comp.semver, options) &&
      this.operator.startsWith('>') && comp.operator.startsWith('<')) {
      return true
    }
    // opposite directions greater than
    if (cmp(this.semver, '>', comp.semver, options) &&
      this.operator.startsWith('<') && comp.operator.startsWith('>')) {
      return true
    }
    return false
  }
}

module.exports = Comparator

const parseOptions = __nccwpck_require__(356)
const { safeRe: re, t } = __nccwpck_require__(5471)
const cmp = __nccwpck_require__(8646)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)


/***/ }),

/***/ 6782:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";


const SPACE_CHARACTERS = /\s+/g

// hoisted class for cyclic dependency
class Range {
  constructor (range, options) {
    options = parseOptions(options)

    if (range instanceof Range) {
      if (
        range.loose === !!options.loose &&
        range.includePrerelease === !!options.includePrerelease
      ) {
        return range
      } else {
        return new Range(range.raw, options)
      }
    }

    if (range instanceof Comparator) {
      // just put it in the set and return
      this.raw = range.value
      this.set = [[range]]
      this.formatted = undefined
      return this
    }

    this.options = options
    this.loose = !!options.loose
    this.includePrerelease = !!options.includePrerelease

    // First reduce all whitespace as much as possible so we do not have to rely
    // on potentially slow regexes like \s*. This is then stored and used for
    // future error messages as well.
    this.raw = range.trim().replace(SPACE_CHARACTERS, ' ')

    // First, split on ||
    this.set = this.raw
      .split('||')
      // map the range to a 2d array of comparators
      .map(r => this.parseRange(r.trim()))
      // throw out any comparator lists that are empty
      // this generally means that it was not a valid range, which is allowed
      // in loose mode, but will still throw if the WHOLE range is invalid.
      .filter(c => c.length)

    if (!this.set.length) {
      throw new TypeError(`Invalid SemVer Range: ${this.raw}`)
    }

    // if we have any that are not the null set, throw out null sets.
    if (this.set.length > 1) {
      // keep the first one, in case they're all null sets
      const first = this.set[0]
      this.set = this.set.filter(c => !isNullSet(c[0]))
      if (this.set.length === 0) {
        this.set = [first]
      } else if (this.set.length > 1) {
        // if we have any that are *, then the range is just *
        for (const c of this.set) {
          if (c.length === 1 && isAny(c[0])) {
            this.set = [c]
            break
          }
        }
      }
    }

    this.formatted = undefined
  }

  get range () {
    if (this.formatted === undefined) {
      this.formatted = ''
      for (let i = 0; i < this.set.length; i++) {
        if (i > 0) {
          this.formatted += '||'
        }
        const comps = this.set[i]
        for (let k = 0; k < comps.length; k++) {
          if (k > 0) {
            this.formatted += ' '
          }
          this.formatted += comps[k].toString().trim()
        }
      }
    }
    return this.formatted
  }

  format () {
    return this.range
  }

  toString () {
    return this.range
  }

  parseRange (range) {
    // strip build metadata so it can't bleed into the version
    range = range.replace(BUILDSTRIPRE, '')

    // memoize range parsing for performance.
    // this is a very hot path, and fully deterministic.
    const memoOpts =
      (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) |
      (this.options.loose && FLAG_LOOSE)
    const memoKey = memoOpts + ':' + range
    const cached = cache.get(memoKey)
    if (cached) {
      return cached
    }

    const loose = this.options.loose
    // `1.2.3 - 1.2.4` => `>=1.2.3 <=1.2.4`
    const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE]
    range = range.replace(hr, hyphenReplace(this.options.includePrerelease))
    debug('hyphen replace', range)

    // `> 1.2.3 < 1.2.5` => `>1.2.3 <1.2.5`
    range = trimComparatorWhitespace(range)
    debug('comparator trim', range)

    // `~ 1.2.3` => `~1.2.3`
    range = range.replace(re[t.TILDETRIM], tildeTrimReplace)
    debug('tilde trim', range)

    // `^ 1.2.3` => `^1.2.3`
    range = range.replace(re[t.CARETTRIM], caretTrimReplace)
    debug('caret trim', range)

    // At this point, the range is completely trimmed and
    // ready to be split into comparators.

    let rangeList = range
      .split(' ')
      .map(comp => parseComparator(comp, this.options))
      .join(' ')
      .split(/\s+/)
      // >=0.0.0 is equivalent to *
      .map(comp => replaceGTE0(comp, this.options))

    if (loose) {
      // in loose mode, throw out any that are not valid comparators
      rangeList = rangeList.filter(comp => {
        debug('loose invalid filter', comp, this.options)
        return !!comp.match(re[t.COMPARATORLOOSE])
      })
    }
    debug('range list', rangeList)

    // if any comparators are the null set, then replace with JUST null set
    // if more than one comparator, remove any * comparators
    // also, don't include the same comparator more than once
    const rangeMap = new Map()
    const comparators = rangeList.map(comp => new Comparator(comp, this.options))
    for (const comp of comparators) {
      if (isNullSet(comp)) {
        return [comp]
      }
      rangeMap.set(comp.value, comp)
    }
    if (rangeMap.size > 1 && rangeMap.has('')) {
      rangeMap.delete('')
    }

    const result = [...rangeMap.values()]
    cache.set(memoKey, result)
    return result
  }

  intersects (range, options) {
    if (!(range instanceof Range)) {
      throw new TypeError('a Range is required')
    }

    return this.set.some((thisComparators) => {
      return (
        isSatisfiable(thisComparators, options) &&
        range.set.some((rangeComparators) => {
          return (
            isSatisfiable(rangeComparators, options) &&
            thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options)
              })
            })
          )
        })
      )
    })
  }

  // if ANY of the sets match ALL of its comparators, then pass
  test (version) {
    if (!version) {
      return false
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    for (let i = 0; i < this.set.length; i++) {
      if (testSet(this.set[i], version, this.options)) {
        return true
      }
    }
    return false
  }
}

module.exports = Range

const LRU = __nccwpck_require__(1383)
const cache = new LRU()

const parseOptions = __nccwpck_require__(356)
const Comparator = __nccwpck_require__(9379)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const trimComparatorWhitespace = __nccwpck_require__(9737)
const {
  safeRe: re,
  src,
  t,
  tildeTrimReplace,
  caretTrimReplace,
} = __nccwpck_require__(5471)
const { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = __nccwpck_require__(5101)

// unbounded global build-metadata stripper used by parseRange
const BUILDSTRIPRE = new RegExp(src[t.BUILD], 'g')

const isNullSet = c => c.value === '<0.0.0-0'
const isAny = c => c.value === ''

// take a set of comparators and determine whether there
// exists a version which can satisfy it
const isSatisfiable = (comparators, options) => {
  let result = true
  const remainingComparators = comparators.slice()
  let testComparator = remainingComparators.pop()

  while (result && remainingComparators.length) {
    result = remainingComparators.every((otherComparator) => {
      return testComparator.intersects(otherComparator, options)
    })

    testComparator = remainingComparators.pop()
  }

  return result
}

// comprised of xranges, tildes, stars, and gtlt's at this point.
// already replaced the hyphen ranges
// turn into a set of JUST comparators.
const parseComparator = (comp, options) => {
  comp = comp.replace(re[t.BUILD], '')
  debug('comp', comp, options)
  comp = replaceCarets(comp, options)
  debug('caret', comp)
  comp = replaceTildes(comp, options)
  debug('tildes', comp)
  comp = replaceXRanges(comp, options)
  debug('xrange', comp)
  comp = replaceStars(comp, options)
  debug('stars', comp)
  return comp
}

const isX = id => !id || id.toLowerCase() === 'x' || id === '*'

const invalidXRangeOrder = (M, m, p) => (
  (isX(M) && !isX(m)) ||
  (isX(m) && p && !isX(p))
)

// ~, ~> --> * (any, kinda silly)
// ~2, ~2.x, ~2.x.x, ~>2, ~>2.x ~>2.x.x --> >=2.0.0 <3.0.0-0
// ~2.0, ~2.0.x, ~>2.0, ~>2.0.x --> >=2.0.0 <2.1.0-0
// ~1.2, ~1.2.x, ~>1.2, ~>1.2.x --> >=1.2.0 <1.3.0-0
// ~1.2.3, ~>1.2.3 --> >=1.2.3 <1.3.0-0
// ~1.2.0, ~>1.2.0 --> >=1.2.0 <1.3.0-0
// ~0.0.1 --> >=0.0.1 <0.1.0-0
const replaceTildes = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceTilde(c, options))
    .join(' ')
}

const replaceTilde = (comp, options) => {
  const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE]
  // if we're including prereleases in the match, then the lower bound is
  // -0, the lowest possible prerelease value, just like x-ranges and carets.
  // this keeps `~1.2` equivalent to the `1.2.x` x-range it's documented as.
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('tilde', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      // ~1.2 == >=1.2.0 <1.3.0-0
      ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
    } else if (pr) {
      debug('replaceTilde pr', pr)
      ret = `>=${M}.${m}.${p}-${pr
      } <${M}.${+m + 1}.0-0`
    } else {
      // ~1.2.3 == >=1.2.3 <1.3.0-0
      ret = `>=${M}.${m}.${p
      } <${M}.${+m + 1}.0-0`
    }

    debug('tilde return', ret)
    return ret
  })
}

// ^ --> * (any, kinda silly)
// ^2, ^2.x, ^2.x.x --> >=2.0.0 <3.0.0-0
// ^2.0, ^2.0.x --> >=2.0.0 <3.0.0-0
// ^1.2, ^1.2.x --> >=1.2.0 <2.0.0-0
// ^1.2.3 --> >=1.2.3 <2.0.0-0
// ^1.2.0 --> >=1.2.0 <2.0.0-0
// ^0.0.1 --> >=0.0.1 <0.0.2-0
// ^0.1.0 --> >=0.1.0 <0.2.0-0
const replaceCarets = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceCaret(c, options))
    .join(' ')
}

const replaceCaret = (comp, options) => {
  debug('caret', comp, options)
  const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET]
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('caret', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      if (M === '0') {
        ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
      } else {
        ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`
      }
    } else if (pr) {
      debug('replaceCaret pr', pr)
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p}-${pr
        } <${+M + 1}.0.0-0`
      }
    } else {
      debug('no pr')
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p
        } <${+M + 1}.0.0-0`
      }
    }

    debug('caret return', ret)
    return ret
  })
}

const replaceXRanges = (comp, options) => {
  debug('replaceXRanges', comp, options)
  return comp
    .split(/\s+/)
    .map((c) => replaceXRange(c, options))
    .join(' ')
}

const replaceXRange = (comp, options) => {
  comp = comp.trim()
  const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE]
  return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
    debug('xRange', comp, ret, gtlt, M, m, p, pr)
    if (invalidXRangeOrder(M, m, p)) {
      return comp
    }

    const xM = isX(M)
    const xm = xM || isX(m)
    const xp = xm || isX(p)
    const anyX = xp

    if (gtlt === '=' && anyX) {
      gtlt = ''
    }

    // if we're including prereleases in the match, then we need
    // to fix this to -0, the lowest possible prerelease value
    pr = options.includePrerelease ? '-0' : ''

    if (xM) {
      if (gtlt === '>' || gtlt === '<') {
        // nothing is allowed
        ret = '<0.0.0-0'
      } else {
        // nothing is forbidden
        ret = '*'
      }
    } else if (gtlt && anyX) {
      // we know patch is an x, because we have any x at all.
      // replace X with 0
      if (xm) {
        m = 0
      }
      p = 0

      if (gtlt === '>') {
        // >1 => >=2.0.0
        // >1.2 => >=1.3.0
        gtlt = '>='
        if (xm) {
          M = +M + 1
          m = 0
          p = 0
        } else {
          m = +m + 1
          p = 0
        }
      } else if (gtlt === '<=') {
        // <=0.7.x is actually <0.8.0, since any 0.7.x should
        // pass.  Similarly, <=7.x is actually <8.0.0, etc.
        gtlt = '<'
        if (xm) {
          M = +M + 1
        } else {
          m = +m + 1
        }
      }

      if (gtlt === '<') {
        pr = '-0'
      }

      ret = `${gtlt + M}.${m}.${p}${pr}`
    } else if (xm) {
      ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`
    } else if (xp) {
      ret = `>=${M}.${m}.0${pr
      } <${M}.${+m + 1}.0-0`
    }

    debug('xRange return', ret)

    return ret
  })
}

// Because * is AND-ed with everything else in the comparator,
// and '' means "any version", just remove the *s entirely.
const replaceStars = (comp, options) => {
  debug('replaceStars', comp, options)
  // Looseness is ignored here.  star is always as loose as it gets!
  return comp
    .trim()
    .replace(re[t.STAR], '')
}

const replaceGTE0 = (comp, options) => {
  debug('replaceGTE0', comp, options)
  return comp
    .trim()
    .replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], '')
}

// This function is passed to string.replace(re[t.HYPHENRANGE])
// M, m, patch, prerelease, build
// 1.2 - 3.4.5 => >=1.2.0 <=3.4.5
// 1.2.3 - 3.4 => >=1.2.0 <3.5.0-0 Any 3.4.x will do
// 1.2 - 3.4 => >=1.2.0 <3.5.0-0
// TODO build?
const hyphenReplace = incPr => ($0,
  from, fM, fm, fp, fpr, fb,
  to, tM, tm, tp, tpr) => {
  if (isX(fM)) {
    from = ''
  } else if (isX(fm)) {
    from = `>=${fM}.0.0${incPr ? '-0' : ''}`
  } else if (isX(fp)) {
    from = `>=${fM}.${fm}.0${incPr ? '-0' : ''}`
  } else if (fpr) {
    from = `>=${from}`
  } else {
    from = `>=${from}${incPr ? '-0' : ''}`
  }

  if (isX(tM)) {
    to = ''
  } else if (isX(tm)) {
    to = `<${+tM + 1}.0.0-0`
  } else if (isX(tp)) {
    to = `<${tM}.${+tm + 1}.0-0`
  } else if (tpr) {
    to = `<=${tM}.${tm}.${tp}-${tpr}`
  } else if (incPr) {
    to = `<${tM}.${tm}.${+tp + 1}-0`
  } else {
    to = `<=${to}`
  }

  return `${from} ${to}`.trim()
}

const testSet = (set, version, options) => {
  for (let i = 0; i < set.length; i++) {
    if (!set[i].test(version)) {
      return false
    }
  }

  if (version.prerelease.length && !options.includePrerelease) {
    // Find the set of versions that are allowed to have prereleases
    // For example, ^1.2.3-pr.1 desugars to >=1.2.3-pr.1 <2.0.0
    // That should allow `1.2.3-pr.2` to pass.
    // However, `1.2.4-alpha.notready` should NOT be allowed,
    // even though it's within the range set by the comparators.
    for (let i = 0; i < set.length; i++) {
      debug(set[i].semver)
      if (set[i].semver === Comparator.ANY) {
        continue
      }

      if (set[i].semver.prerelease.length > 0) {
        const allowed = set[i].semver
        if (allowed.major === version.major &&
            allowed.minor === version.minor &&
            allowed.patch === version.patch) {
          return true
        }
      }
    }

    // Version has a -pre, but it's not one of the ones we like.
    return false
  }

  return true
}


/***/ }),

/***/ 7163:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";


const debug = __nccwpck_require__(1159)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(5101)
const { safeRe: re, t } = __nccwpck_require__(5471)

const parseOptions = __nccwpck_require__(356)
const { compareIdentifiers } = __nccwpck_require__(3348)

const isPrereleaseIdentifier = (prerelease, identifier) => {
  const identifiers = identifier.split('.')
  if (identifiers.length > prerelease.length) {
    return false
  }

  for (let i = 0; i < identifiers.length; i++) {
    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
      return false
    }
  }

  return true
}

class SemVer {
  constructor (version, options) {
    options = parseOptions(options)

    if (version instanceof SemVer) {
      if (version.loose === !!options.loose &&
        version.includePrerelease === !!options.includePrerelease) {
        return version
      } else {
        version = version.version
      }
    } else if (typeof version !== 'string') {
      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
    }

    if (version.length > MAX_LENGTH) {
      throw new TypeError(
        `version is longer than ${MAX_LENGTH} characters`
      )
    }

    debug('SemVer', version, options)
    this.options = options
    this.loose = !!options.loose
    // this isn't actually relevant for versions, but keep it so that we
    // don't run into trouble passing this.options around.
    this.includePrerelease = !!options.includePrerelease

    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL])

    if (!m) {
      throw new TypeError(`Invalid Version: ${version}`)
    }

    this.raw = version

    // these are actually numbers
    this.major = +m[1]
    this.minor = +m[2]
    this.patch = +m[3]

    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
      throw new TypeError('Invalid major version')
    }

    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
      throw new TypeError('Invalid minor version')
    }

    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
      throw new TypeError('Invalid patch version')
    }

    // numberify any prerelease numeric ids
    if (!m[4]) {
      this.prerelease = []
    } else {
      this.prerelease = m[4].split('.').map((id) => {
        if (/^[0-9]+$/.test(id)) {
          const num = +id
          if (num >= 0 && num < MAX_SAFE_INTEGER) {
            return num
          }
        }
        return id
      })
    }

    this.build = m[5] ? m[5].split('.') : []
    this.format()
  }

  format () {
    this.version = `${this.major}.${this.minor}.${this.patch}`
    if (this.prerelease.length) {
      this.version += `-${this.prerelease.join('.')}`
    }
    return this.version
  }

  toString () {
    return this.version
  }

  compare (other) {
    debug('SemVer.compare', this.version, this.options, other)
    if (!(other instanceof SemVer)) {
      if (typeof other === 'string' && other === this.version) {
        return 0
      }
      other = new SemVer(other, this.options)
    }

    if (other.version === this.version) {
      return 0
    }

    return this.compareMain(other) || this.comparePre(other)
  }

  compareMain (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    if (this.major < other.major) {
      return -1
    }
    if (this.major > other.major) {
      return 1
    }
    if (this.minor < other.minor) {
      return -1
    }
    if (this.minor > other.minor) {
      return 1
    }
    if (this.patch < other.patch) {
      return -1
    }
    if (this.patch > other.patch) {
      return 1
    }
    return 0
  }

  comparePre (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    // NOT having a prerelease is > having one
    if (this.prerelease.length && !other.prerelease.length) {
      return -1
    } else if (!this.prerelease.length && other.prerelease.length) {
      return 1
    } else if (!this.prerelease.length && !other.prerelease.length) {
      return 0
    }

    let i = 0
    do {
      const a = this.prerelease[i]
      const b = other.prerelease[i]
      debug('prerelease compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  compareBuild (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    let i = 0
    do {
      const a = this.build[i]
      const b = other.build[i]
      debug('build compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  // preminor will bump the version up to the next minor release, and immediately
  // down to pre-release. premajor and prepatch work the same way.
  inc (release, identifier, identifierBase) {
    if (release.startsWith('pre')) {
      if (!identifier && identifierBase === false) {
        throw new Error('invalid increment argument: identifier is empty')
      }
      // Avoid an invalid semver results
      if (identifier) {
        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE])
        if (!match || match[1] !== identifier) {
          throw new Error(`invalid identifier: ${identifier}`)
        }
      }
    }

    switch (release) {
      case 'premajor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor = 0
        this.major++
        this.inc('pre', identifier, identifierBase)
        break
      case 'preminor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor++
        this.inc('pre', identifier, identifierBase)
        break
      case 'prepatch':
        // If this is already a prerelease, it will bump to the next version
        // drop any prereleases that might already exist, since they are not
        // relevant at this point.
        this.prerelease.length = 0
        this.inc('patch', identifier, identifierBase)
        this.inc('pre', identifier, identifierBase)
        break
      // If the input is a non-prerelease version, this acts the same as
      // prepatch.
      case 'prerelease':
        if (this.prerelease.length === 0) {
          this.inc('patch', identifier, identifierBase)
        }
        this.inc('pre', identifier, identifierBase)
        break
      case 'release':
        if (this.prerelease.length === 0) {
          throw new Error(`version ${this.raw} is not a prerelease`)
        }
        this.prerelease.length = 0
        break

      case 'major':
        // If this is a pre-major version, bump up to the same major version.
        // Otherwise increment major.
        // 1.0.0-5 bumps to 1.0.0
        // 1.1.0 bumps to 2.0.0
        if (
          this.minor !== 0 ||
          this.patch !== 0 ||
          this.prerelease.length === 0
        ) {
          this.major++
        }
        this.minor = 0
        this.patch = 0
        this.prerelease = []
        break
      case 'minor':
        // If this is a pre-minor version, bump up to the same minor version.
        // Otherwise increment minor.
        // 1.2.0-5 bumps to 1.2.0
        // 1.2.1 bumps to 1.3.0
        if (this.patch !== 0 || this.prerelease.length === 0) {
          this.minor++
        }
        this.patch = 0
        this.prerelease = []
        break
      case 'patch':
        // If this is not a pre-release version, it will increment the patch.
        // If it is a pre-release it will bump up to the same patch version.
        // 1.2.0-5 patches to 1.2.0
        // 1.2.0 patches to 1.2.1
        if (this.prerelease.length === 0) {
          this.patch++
        }
        this.prerelease = []
        break
      // This probably shouldn't be used publicly.
      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
      case 'pre': {
        const base = Number(identifierBase) ? 1 : 0

        if (this.prerelease.length === 0) {
          this.prerelease = [base]
        } else {
          let i = this.prerelease.length
          while (--i >= 0) {
            if (typeof this.prerelease[i] === 'number') {
              this.prerelease[i]++
              i = -2
            }
          }
          if (i === -1) {
            // didn't increment anything
            if (identifier === this.prerelease.join('.') && identifierBase === false) {
              throw new Error('invalid increment argument: identifier already exists')
            }
            this.prerelease.push(base)
          }
        }
        if (identifier) {
          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
          let prerelease = [identifier, base]
          if (identifierBase === false) {
            prerelease = [identifier]
          }
          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
            const prereleaseBase = this.prerelease[identifier.split('.').length]
            if (isNaN(prereleaseBase)) {
              this.prerelease = prerelease
            }
          } else {
            this.prerelease = prerelease
          }
        }
        break
      }
      default:
        throw new Error(`invalid increment argument: ${release}`)
    }
    this.raw = this.format()
    if (this.build.length) {
      this.raw += `+${this.build.join('.')}`
    }
    return this
  }
}

module.exports = SemVer


/***/ }),

/***/ 1799:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";


const parse = __nccwpck_require__(6353)
const clean = (version, options) => {
  const s = parse(version.trim().replace(/^[=v]+/, ''), options)
  return s ? s.version : null
}
module.exports = clean


/***/ }),

/***/ 8646:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";


const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gt = __nccwpck_require__(6599)
const gte = __nccwpck_require__(1236)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)

const cmp = (a, op, b, loose) => {
  switch (op) {
    case '===':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a === b

    case '!==':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a !== b

    case '':
    case '=':
    case '==':
      return eq(a, b, loose)

    case '!=':
      return neq(a, b, loose)

    case '>':
      return gt(a, b, loose)

    case '>=':
      return gte(a, b, loose)

    case '<':
      return lt(a, b, loose)

    case '<=':
      return lte(a, b, loose)

    default:
      throw new TypeError(`Invalid operator: ${op}`)
  }
}
module.exports = cmp


/***/ }),

/***/ 5385:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";


const SemVer = __nccwpck_require__(7163)
const parse = __nccwpck_require__(6353)
const { safeRe: re, t } = __nccwpck_require__(5471)

const coerce = (version, options) => {
  if (version instanceof SemVer) {
    return version
  }

  if (typeof version === 'number') {
    version = String(version)
  }

  if (typeof version !== 'string') {
    return null
  }

  options = options || {}

  let match = null
  if (!options.rtl) {
    match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE])
  } else {
    // Find the right-most coercible string that does not share
    // a terminus with a more left-ward coercible string.
    // Eg, '1.2.3.4' wants to coerce '2.3.4', not '3.4' or '4'
    // With includePrerelease option set, '1.2.3.4-rc' wants to coerce '2.3.4-rc', not '2.3.4'
    //
    // Walk through the string checking with a /g regexp
    // Manually set the index so as to pick up overlapping matches.
    // Stop when we get a match that ends at the string end, since no
    // coercible string can be more right-ward without the same terminus.
    const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL]
    let next
    while ((next = coerceRtlRegex.exec(version)) &&
        (!match || match.index + match[0].length !== version.length)
    ) {
      if (!match ||
            next.index + next[0].length !== match.index + match[0].length) {
        match = next
      }
      coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length
    }
    // leave it in a clean state
    coerceRtlRegex.lastIndex = -1
  }

  if (match === null) {
    return null
  }

  const major = match[2]
  const minor = match[3] || '0'
  const patch = match[4] || '0'
  const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : ''
  const build = options.includePrerelease && match[6] ? `+${match[6]}` : ''

  return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options)
}
module.exports = coerce


/***/ }),

/***/ 7648:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";


const SemVer = __nccwpck_require__(7163)
const compareBuild = (a, b, loose) => {
  const versionA = new SemVer(a, loose)
  const versionB = new SemVer(b, loose)
  return versionA.compare(versionB) || versionA.compareBuild(versionB)
}
module.exports = compareBuild


/***/ }),

/***/ 6874:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";


const compare = __nccwpck_require__(8469)
const compareLoose = (a, b) => compare(a, b, true)
module.exports = compareLoose


/***/ }),

/***/ 8469:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";


const SemVer = __nccwpck_require__(7163)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 711:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";


const parse = __nccwpck_require__(6353)

const diff = (version1, version2) => {
  const v1 = parse(version1, null, true)
  const v2 = parse(version2, null, true)
  const comparison = v1.compare(v2)

  if (comparison === 0) {
    return null
  }

  const v1Higher = comparison > 0
  const highVersion = v1Higher ? v1 : v2
  const lowVersion = v1Higher ? v2 : v1
  const highHasPre = !!highVersion.prerelease.length
  const lowHasPre = !!lowVersion.prerelease.length

  if (lowHasPre && !highHasPre) {
    // Going from prerelease -> no prerelease requires some special casing

    // If the low version has only a major, then it will always be a major
    // Some examples:
    // 1.0.0-1 -> 1.0.0
    // 1.0.0-1 -> 1.1.1
    // 1.0.0-1 -> 2.0.0
    if (!lowVersion.patch && !lowVersion.minor) {
      return 'major'
    }

    // If the main part has no difference
    if (lowVersion.compareMain(highVersion) === 0) {
      if (lowVersion.minor && !lowVersion.patch) {
        return 'minor'
      }
      return 'patch'
    }
  }

  // add the `pre` prefix if we are going to a prerelease version
  const prefix = highHasPre ? 'pre' : ''

  if (v1.major !== v2.major) {
    return prefix + 'major'
  }

  if (v1.minor !== v2.minor) {
    return prefix + 'minor'
  }

  if (v1.patch !== v2.patch) {
    return prefix + 'patch'
  }

  // high and low are prereleases
  return 'prerelease'
}

module.exports = diff


/***/ }),

/***/ 5082:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";


const compare = __nccwpck_require__(8469)
const eq = (a, b, loose) => compare(a, b, loose) === 0
module.exports = eq


/***/ }),

/***/ 6599:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";


const compare = __nccwpck_require__(8469)
const gt = (a, b, loose) => compare(a, b, loose) > 0
module.exports = gt


/***/ }),

/***/ 1236:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";


const compare = __nccwpck_require__(8469)
const gte = (a, b, loose) => compare(a, b, loose) >= 0
module.exports = gte


/***/ }),

/***/ 2338:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";


const SemVer = __nccwpck_require__(7163)

const inc = (version, release, options, identifier, identifierBase) => {
  if (typeof (options) === 'string') {
    identifierBase = identifier
    identifier = options
    options = undefined
  }

  try {
    return new SemVer(
      version instanceof SemVer ? version.version : version,
      options
    ).inc(release, identifier, identifierBase).version
  } catch (er) {
    return null
  }
}
module.exports = inc


/***/ }),

/***/ 3872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";


const compare = __nccwpck_require__(8469)
const lt = (a, b, loose) => compare(a, b, loose) < 0
module.exports = lt


/***/ }),

/***/ 6717:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";


const compare = __nccwpck_require__(8469)
const lte = (a, b, loose) => compare(a, b, loose) <= 0
module.exports = lte


/***/ }),

/***/ 8511:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";


const SemVer = __nccwpck_require__(7163)
const major = (a, loose) => new SemVer(a, loose).major
module.exports = major


/***/ }),

/***/ 2603:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";


const SemVer = __nccwpck_require__(7163)
const minor = (a, loose) => new SemVer(a, loose).minor
module.exports = minor


/***/ }),

/***/ 4974:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";


const compare = __nccwpck_require__(8469)
const neq = (a, b, loose) => compare(a, b, loose) !== 0
module.exports = neq


/***/ }),

/***/ 6353:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";


const SemVer = __nccwpck_require__(7163)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 8756:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";


const SemVer = __nccwpck_require__(7163)
const patch = (a, loose) => new SemVer(a, loose).patch
module.exports = patch


/***/ }),

/***/ 5714:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";


const parse = __nccwpck_require__(6353)
const prerelease = (version, options) => {
  const parsed = parse(version, options)
  return (parsed && parsed.prerelease.length) ? parsed.prerelease : null
}
module.exports = prerelease


/***/ }),

/***/ 2173:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";


const compare = __nccwpck_require__(8469)
const rcompare = (a, b, loose) => compare(b, a, loose)
module.exports = rcompare


/***/ }),

/***/ 7192:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";


const compareBuild = __nccwpck_require__(7648)
const rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose))
module.exports = rsort


/***/ }),

/***/ 8011:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";


const Range = __nccwpck_require__(6782)
const satisfies = (version, range, options) => {
  try {
    range = new Range(range, options)
  } catch (er) {
    return false
  }
  return range.test(version)
}
module.exports = satisfies


/***/ }),

/***/ 9872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";


const compareBuild = __nccwpck_require__(7648)
const sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose))
module.exports = sort


/***/ }),

/***/ 6114:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";


const parse = __nccwpck_require__(6353)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)

const truncate = (version, truncation, options) => {
  if (!constants.RELEASE_TYPES.includes(truncation)) {
    return null
  }

  const clonedVersion = cloneInputVersion(version, options)
  return clonedVersion && doTruncation(clonedVersion, truncation)
}

const cloneInputVersion = (version, options) => {
  const versionStringToParse = (
    version instanceof SemVer ? version.version : version
  )

  return parse(versionStringToParse, options)
}

const doTruncation = (version, truncation) => {
  if (isPrerelease(truncation)) {
    return version.version
  }

  version.prerelease = []

  switch (truncation) {
    case 'major':
      version.minor = 0
      version.patch = 0
      break
    case 'minor':
      version.patch = 0
      break
  }

  return version.format()
}

const isPrerelease = (type) => {
  return type.startsWith('pre')
}

module.exports = truncate


/***/ }),

/***/ 8780:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";


const parse = __nccwpck_require__(6353)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

/***/ 2088:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";


// just pre-load all the stuff that index.js lazily exports
const internalRe = __nccwpck_require__(5471)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)
const identifiers = __nccwpck_require__(3348)
const parse = __nccwpck_require__(6353)
const valid = __nccwpck_require__(8780)
const clean = __nccwpck_require__(1799)
const inc = __nccwpck_require__(2338)
const diff = __nccwpck_require__(711)
const major = __nccwpck_require__(8511)
const minor = __nccwpck_require__(2603)
const patch = __nccwpck_require__(8756)
const prerelease = __nccwpck_require__(5714)
const compare = __nccwpck_require__(8469)
const rcompare = __nccwpck_require__(2173)
const compareLoose = __nccwpck_require__(6874)
const compareBuild = __nccwpck_require__(7648)
const sort = __nccwpck_require__(9872)
const rsort = __nccwpck_require__(7192)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gte = __nccwpck_require__(1236)
const lte = __nccwpck_require__(6717)
const cmp = __nccwpck_require__(8646)
const coerce = __nccwpck_require__(5385)
const truncate = __nccwpck_require__(6114)
const Comparator = __nccwpck_require__(9379)
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const toComparators = __nccwpck_require__(4750)
const maxSatisfying = __nccwpck_require__(3193)
const minSatisfying = __nccwpck_require__(8595)
const minVersion = __nccwpck_require__(1866)
const validRange = __nccwpck_require__(4737)
const outside = __nccwpck_require__(280)
const gtr = __nccwpck_require__(2276)
const ltr = __nccwpck_require__(5213)
const intersects = __nccwpck_require__(3465)
const simplifyRange = __nccwpck_require__(2028)
const subset = __nccwpck_require__(1489)
module.exports = {
  parse,
  valid,
  clean,
  inc,
  diff,
  major,
  minor,
  patch,
  prerelease,
  compare,
  rcompare,
  compareLoose,
  compareBuild,
  sort,
  rsort,
  gt,
  lt,
  eq,
  neq,
  gte,
  lte,
  cmp,
  coerce,
  truncate,
  Comparator,
  Range,
  satisfies,
  toComparators,
  maxSatisfying,
  minSatisfying,
  minVersion,
  validRange,
  outside,
  gtr,
  ltr,
  intersects,
  simplifyRange,
  subset,
  SemVer,
  re: internalRe.re,
  src: internalRe.src,
  tokens: internalRe.t,
  SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
  RELEASE_TYPES: constants.RELEASE_TYPES,
  compareIdentifiers: identifiers.compareIdentifiers,
  rcompareIdentifiers: identifiers.rcompareIdentifiers,
}


/***/ }),

/***/ 5101:
/***/ ((module) => {

"use strict";


// Note: this is the semver.org version of the spec that it implements
// Not necessarily the package version of this code.
const SEMVER_SPEC_VERSION = '2.0.0'

const MAX_LENGTH = 256
const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
/* istanbul ignore next */ 9007199254740991

// Max safe segment length for coercion.
const MAX_SAFE_COMPONENT_LENGTH = 16

// Max safe length for a build identifier. The max length minus 6 characters for
// the shortest version with a build 0.0.0+BUILD.
const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6

// ECMAScript whitespace and line terminators matched by \s.
const WHITESPACE_CHARACTERS = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
]

const RELEASE_TYPES = [
  'major',
  'premajor',
  'minor',
  'preminor',
  'patch',
  'prepatch',
  'prerelease',
]

module.exports = {
  MAX_LENGTH,
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_SAFE_INTEGER,
  WHITESPACE_CHARACTERS,
  RELEASE_TYPES,
  SEMVER_SPEC_VERSION,
  FLAG_INCLUDE_PRERELEASE: 0b001,
  FLAG_LOOSE: 0b010,
}


/***/ }),

/***/ 1159:
/***/ ((module) => {

"use strict";


const debug = (
  typeof process === 'object' &&
  process.env &&
  process.env.NODE_DEBUG &&
  /\bsemver\b/i.test(process.env.NODE_DEBUG)
) ? (...args) => console.error('SEMVER', ...args)
  : () => {}

module.exports = debug


/***/ }),

/***/ 3348:
/***/ ((module) => {

"use strict";


const numeric = /^[0-9]+$/
const compareIdentifiers = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b ? 0 : a < b ? -1 : 1
  }

  const anum = numeric.test(a)
  const bnum = numeric.test(b)

  if (anum && bnum) {
    a = +a
    b = +b
  }

  return a === b ? 0
    : (anum && !bnum) ? -1
    : (bnum && !anum) ? 1
    : a < b ? -1
    : 1
}

const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a)

module.exports = {
  compareIdentifiers,
  rcompareIdentifiers,
}


/***/ }),

/***/ 1383:
/***/ ((module) => {

"use strict";


class LRUCache {
  constructor () {
    this.max = 1000
    this.map = new Map()
  }

  get (key) {
    const value = this.map.get(key)
    if (value === undefined) {
      return undefined
    } else {
      // Remove the key from the map and add it to the end
      this.map.delete(key)
      this.map.set(key, value)
      return value
    }
  }

  delete (key) {
    return this.map.delete(key)
  }

  set (key, value) {
    const deleted = this.delete(key)

    if (!deleted && value !== undefined) {
      // If cache is full, delete the least recently used item
      if (this.map.size >= this.max) {
        const firstKey = this.map.keys().next().value
        this.delete(firstKey)
      }

      this.map.set(key, value)
    }

    return this
  }
}

module.exports = LRUCache


/***/ }),

/***/ 356:
/***/ ((module) => {

"use strict";


// parse out just the options we care about
const looseOption = Object.freeze({ loose: true })
const emptyOpts = Object.freeze({ })
const parseOptions = options => {
  if (!options) {
    return emptyOpts
  }

  if (typeof options !== 'object') {
    return looseOption
  }

  return options
}
module.exports = parseOptions


/***/ }),

/***/ 5471:
/***/ ((module, exports, __nccwpck_require__) => {

"use strict";


const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(5101)
const debug = __nccwpck_require__(1159)
exports = module.exports = {}

// The actual regexps go on exports.re
const re = exports.re = []
const safeRe = exports.safeRe = []
const src = exports.src = []
const safeSrc = exports.safeSrc = []
const t = exports.t = {}
let R = 0

const LETTERDASHNUMBER = '[a-zA-Z0-9-]'

// Replace some greedy regex tokens to prevent regex dos issues. These regex are
// used internally via the safeRe object since all inputs in this library get
// normalized first to trim and collapse all extra whitespace. The original
// regexes are exported for userland consumption and lower level usage. A
// future breaking change could export the safer regex only with a note that
// all input should have extra whitespace removed.
const safeRegexReplacements = [
  ['\\s', 1],
  ['\\d', MAX_LENGTH],
  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
]

const makeSafeRegex = (value) => {
  for (const [token, max] of safeRegexReplacements) {
    value = value
      .split(`${token}*`).join(`${token}{0,${max}}`)
      .split(`${token}+`).join(`${token}{1,${max}}`)
  }
  return value
}

const createToken = (name, value, isGlobal) => {
  const safe = makeSafeRegex(value)
  const index = R++
  debug(name, index, value)
  t[name] = index
  src[index] = value
  safeSrc[index] = safe
  re[index] = new RegExp(value, isGlobal ? 'g' : undefined)
  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined)
}

// The following Regular Expressions can be used for tokenizing,
// validating, and parsing SemVer version strings.

// ## Numeric Identifier
// A single `0`, or a non-zero digit followed by zero or more digits.

createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*')
createToken('NUMERICIDENTIFIERLOOSE', '\\d+')

// ## Non-numeric Identifier
// Zero or more digits, followed by a letter or hyphen, and then zero or
// more letters, digits, or hyphens.

createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`)

// ## Main Version
// Three dot-separated numeric identifiers.

createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})`)

createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version Identifier
// A numeric identifier, or a non-numeric identifier.
// Non-numeric identifiers include numeric identifiers but can be longer.
// Therefore non-numeric identifiers must go first.

createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIER]})`)

createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version
// Hyphen, followed by one or more dot-separated pre-release version
// identifiers.

createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`)

createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`)

// ## Build Metadata Identifier
// Any combination of digits, letters, or hyphens.

createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`)

// ## Build Metadata
// Plus sign, followed by one or more period-separated build metadata
// identifiers.

createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
}(?:\\.${src[t.BUILDIDENTIFIER]})*))`)

// ## Full Version String
// A main version, followed optionally by a pre-release version and
// build metadata.

// Note that the only major, minor, patch, and pre-release sections of
// the version string are capturing groups.  The build metadata is not a
// capturing group, because it should not ever be used in version
// comparison.

createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
}${src[t.PRERELEASE]}?${
  src[t.BUILD]}?`)

createToken('FULL', `^${src[t.FULLPLAIN]}$`)

// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
// common in the npm registry.
createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
}${src[t.PRERELEASELOOSE]}?${
  src[t.BUILD]}?`)

createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`)

createToken('GTLT', '((?:<|>)?=?)')

// Something like "2.*" or "1.2.x".
// Note that "x.x" is a valid xRange identifier, meaning "any version"
// Only the first item is strictly required.
createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`)
createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`)

createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:${src[t.PRERELEASE]})?${
                     src[t.BUILD]}?` +
                   `)?)?`)

createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:${src[t.PRERELEASELOOSE]})?${
                          src[t.BUILD]}?` +
                        `)?)?`)

createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`)
createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`)

// Coercion.
// Extract anything that could conceivably be a part of a valid semver
createToken('COERCEPLAIN', `${'(^|[^\\d])' +
              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`)
createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`)
createToken('COERCEFULL', src[t.COERCEPLAIN] +
              `(?:${src[t.PRERELEASE]})?` +
              `(?:${src[t.BUILD]})?` +
              `(?:$|[^\\d])`)
createToken('COERCERTL', src[t.COERCE], true)
createToken('COERCERTLFULL', src[t.COERCEFULL], true)

// Tilde ranges.
// Meaning is "reasonably at or greater than"
createToken('LONETILDE', '(?:~>?)')

createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true)
exports.tildeTrimReplace = '$1~'

createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`)
createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`)

// Caret ranges.
// Meaning is "at least and backwards compatible with"
createToken('LONECARET', '(?:\\^)')

createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true)
exports.caretTrimReplace = '$1^'

createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`)
createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`)

// A simple gt/lt/eq thing, or just "" to indicate "any version"
createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`)
createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`)

// An expression to strip any whitespace between the gtlt and the thing
// it modifies, so that `> 1.2.3` ==> `>1.2.3`
createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true)
exports.comparatorTrimReplace = '$1$2$3'

// Something like `1.2.3 - 1.2.4`
// Note that these all use the loose form, because they'll be
// checked against either the strict or loose comparator form
// later.
createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
                   `\\s+-\\s+` +
                   `(${src[t.XRANGEPLAIN]})` +
                   `\\s*$`)

createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s+-\\s+` +
                        `(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s*$`)

// Star ranges basically just allow anything at all.
createToken('STAR', '(<|>)?=?\\s*\\*')
// >=0.0.0 is like a star
createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$')
createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$')


/***/ }),

/***/ 9737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";
// @ts-check


// Reproduce safeRe[COMPARATORTRIM] replacement boundaries, not version
// validation. Each end-index finder returns an exclusive end, or its start
// on no match.
// Positions count from zero. An end of 3 means characters 0, 1, and 2 were read;
// range.slice(start, end) gives the matched text, not a converted number.
const {
  MAX_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  WHITESPACE_CHARACTERS,
} = __nccwpck_require__(5101)

/**
 * Remembers the last two rows of digits so their characters need not be reread.
 * Positions start at -1 until a row has been found.
 *
 * @typedef {object} DigitRunCache
 * @property {number} start The first character of the most recently found row.
 * @property {number} end The position after that row's last character.
 * @property {number} previousStart The first character of the previous row.
 * @property {number} previousEnd The position after the previous row.
 */

// One entry per UTF-16 code unit keeps membership checks constant-time.
const whitespace = new Uint8Array(0x10000)
for (const char of WHITESPACE_CHARACTERS) {
  whitespace[char.charCodeAt(0)] = 1
}

/**
 * Checks whether a character is whitespace, like a space, tab, or newline.
 * Looking past the end of the string returns false.
 *
 * @param {string|undefined} char One character, or undefined past the string's end.
 * @returns {boolean} Whether the character is whitespace.
 * @example isWhitespace(' ') // true
 * @example isWhitespace('1') // false
 */
const isWhitespace = char =>
  char !== undefined && whitespace[char.charCodeAt(0)] === 1

/**
 * Checks for v, =, or whitespace before the version number.
 * These are historical version prefixes, not range operators:
 * < and > are handled separately, as are tilde and caret ranges.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can belong to a version prefix.
 * @example isVersionPrefix('=') // true
 * @example isVersionPrefix('>') // false
 */
const isVersionPrefix = char =>
  char === 'v' ||
  char === '=' ||
  isWhitespace(char)

/**
 * Checks whether a character is one of the digits 0 through 9.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII digit.
 * @example isDigit('7') // true
 * @example isDigit('.') // false
 */
const isDigit = char => char !== undefined && char >= '0' && char <= '9'

/**
 * Checks whether a character is an English letter, uppercase or lowercase.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII letter.
 * @example isLetter('b') // true
 * @example isLetter('7') // false
 */
const isLetter = char =>
  char !== undefined && (
    (char >= 'a' && char <= 'z') ||
    (char >= 'A' && char <= 'Z')
  )

/**
 * Checks for a letter, digit, or hyphen: the characters allowed inside
 * prerelease and build names such as beta-1.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can be part of an identifier.
 * @example isIdentifierCharacter('-') // true
 * @example isIdentifierCharacter('.') // false; dots separate identifiers
 */
const isIdentifierCharacter = char => isDigit(char) || isLetter(char) || char === '-'

/**
 * Checks whether a version component can begin here: with a digit or
 * a wildcard such as x, X, or *.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether a number or wildcard can start with this character.
 * @example isVersionStart('x') // true
 * @example isVersionStart('v') // false; v belongs to the prefix
 */
const isVersionStart = char =>
  isDigit(char) ||
  char === 'x' ||
  char === 'X' ||
  char === '*'

/**
 * Finds the end of a row of digits, but returns no more than limit digits.
 * Remembers the last two rows so looking at them again does not reread them.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first character to check.
 * @param {number} limit The most digit characters the returned match can include.
 * @param {DigitRunCache} digitRuns Shared cache of digit-run positions, updated in place.
 * @returns {number} The position after the matched digits, or start if none match.
 * @example findDigitsEndIndex('123abc', 0, 10, digitRuns) // 3, pointing at a
 * @example findDigitsEndIndex('123abc', 0, 2, digitRuns) // 2, pointing at the unread 3
 */
const findDigitsEndIndex = (range, start, limit, digitRuns) => {
  if (!isDigit(range[start])) {
    return start
  }
  if (start >= digitRuns.start && start < digitRuns.end) {
    return Math.min(start + limit, digitRuns.end)
  }
  if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
    return Math.min(start + limit, digitRuns.previousEnd)
  }
  let end = start + 1
  while (isDigit(range[end])) {
    end++
  }
  // A failed full version can rewind from its second run to its first.
  digitRuns.previousStart = digitRuns.start
  digitRuns.previousEnd = digitRuns.end
  digitRuns.start = start
  digitRuns.end = end
  return Math.min(start + limit, end)
}

/**
 * Reads a number using the old regex's length and leading-zero rules.
 * Strict mode reads just the first zero in 012; loose mode can read all three.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the number should begin.
 * @param {boolean} loose Whether to allow leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched digits, not their numeric value.
 * @example findVersionNumberEndIndex('012', 0, false, digitRuns) // 1
 * @example findVersionNumberEndIndex('012', 0, true, digitRuns) // 3
 */
const findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
  if (!loose && range[start] === '0') {
    return start + 1
  }
  // Strict syntax allows an initial nonzero digit plus MAX_LENGTH digits.
  return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns)
}

/**
 * Reads one piece of a prerelease name, such as beta or 1 in beta.1.
 * Tries the letter-or-hyphen form first, then the number-only form.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @param {boolean} loose Whether numeric identifiers may have leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findPrereleaseIdentifierEndIndex('beta.1', 0, false, digitRuns) // 4, at the dot
 * @example findPrereleaseIdentifierEndIndex('001beta', 0, false, digitRuns) // 7
 */
const findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
  const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns)
  // The legacy regex tries a nonnumeric identifier before a numeric one.
  if (isLetter(range[digitsEnd]) || range[digitsEnd] === '-') {
    let end = digitsEnd + 1
    const limit = end + MAX_SAFE_BUILD_LENGTH
    while (end < limit && isIdentifierCharacter(range[end])) {
      end++
    }
    return end
  }
  return findVersionNumberEndIndex(range, start, loose, digitRuns)
}

/**
 * Reads a prerelease suffix such as -beta.1, one dot-separated piece at a time.
 * Loose mode also allows the name without its opening hyphen.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the suffix should begin, including -.
 * @param {boolean} loose Whether the opening hyphen is optional and zeros allowed.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched suffix, or start if absent.
 * @example findPrereleaseEndIndex('-beta.1+sha', 0, false, digitRuns) // 7, at the plus
 * @example findPrereleaseEndIndex('beta', 0, false, digitRuns) // 0; no opening hyphen
 */
const findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
  const hyphen = range[start] === '-'
  if (!loose && !hyphen) {
    return start
  }
  const identifierStart = start + (hyphen ? 1 : 0)
  let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns)
  if (end === identifierStart) {
    if (!loose || !hyphen) {
      return start
    }
    // In loose syntax, a lone hyphen can itself be the identifier.
    end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns)
  }
  while (range[end] === '.') {
    const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads one build-name piece, such as sha or 123 in +sha.123.
 * Stops at a disallowed character or the old regex's length limit.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findBuildIdentifierEndIndex('sha.123', 0) // 3, at the dot
 * @example findBuildIdentifierEndIndex('001', 0) // 3; leading zeros are allowed
 */
const findBuildIdentifierEndIndex = (range, start) => {
  let end = start
  while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
    end++
  }
  return end
}

/**
 * Reads optional build metadata such as +sha.123.
 * Leaves the position unchanged if there is no plus sign followed by a name.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the opening + should be.
 * @returns {number} The position after the matched metadata, or start if absent.
 * @example findBuildEndIndex('+sha.123 <2', 0) // 8, at the space
 * @example findBuildEndIndex('+', 0) // 0; a plus sign alone is not a match
 */
const findBuildEndIndex = (range, start) => {
  if (range[start] !== '+') {
    return start
  }
  let end = findBuildIdentifierEndIndex(range, start + 1)
  if (end === start + 1) {
    return start
  }
  while (range[end] === '.') {
    const next = findBuildIdentifierEndIndex(range, end + 1)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads three numbers separated by dots, then any prerelease and build suffixes.
 * Uses loose rules, so forms such as 01.02.03beta can match here.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first number, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the version match, or start if none matches.
 * @example findLooseFullVersionEndIndex('1.2.3-beta+sha <2', 0, digitRuns) // 14
 * @example findLooseFullVersionEndIndex('1.2', 0, digitRuns) // 0; needs three numbers
 */
const findLooseFullVersionEndIndex = (range, start, digitRuns) => {
  let end = start
  for (let component = 0; component < 3; component++) {
    const next = findVersionNumberEndIndex(range, end, true, digitRuns)
    if (next === end) {
      return start
    }
    end = next
    if (component < 2) {
      if (range[end] !== '.') {
        return start
      }
      end++
    }
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Reads one component of a partial or wildcard version, such as 2 or x in 2.x.
 * Numbers use strict leading-zero rules; wildcards take up one character.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the component should begin.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the component, or start if none matches.
 * @example findPartialVersionComponentEndIndex('2.x', 0, digitRuns) // 1, at the dot
 * @example findPartialVersionComponentEndIndex('2.x', 2, digitRuns) // 3, after x
 */
const findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
  if (isDigit(range[start])) {
    return findVersionNumberEndIndex(range, start, false, digitRuns)
  }
  return isVersionStart(range[start]) ? start + 1 : start
}

/**
 * Reads up to three components, allowing forms such as 1, 1.2, or 1.x.
 * After the third component, also reads any strict prerelease and build suffixes.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched version text.
 * @example findPartialVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 * @example findPartialVersionEndIndex('1.', 0, digitRuns) // 1; the trailing dot is unread
 */
const findPartialVersionEndIndex = (range, start, digitRuns) => {
  let end = findPartialVersionComponentEndIndex(range, start, digitRuns)
  for (let component = 0; component < 2; component++) {
    if (range[end] !== '.') {
      return end
    }
    const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns)
    if (next === end + 1) {
      return end
    }
    end = next
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Finds where a version match ends, without deciding whether the range is valid.
 * Tries a loose full version first, then a partial or wildcard version, just
 * like the old regex's LOOSEPLAIN and XRANGEPLAIN alternatives.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position where scanning the next candidate can resume.
 * @example findVersionEndIndex('1.2.3 <2', 0, digitRuns) // 5, at the space
 * @example findVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 */
const findVersionEndIndex = (range, start, digitRuns) => {
  const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns)
  return fullVersionEnd !== start
    ? fullVersionEnd
    : findPartialVersionEndIndex(range, start, digitRuns)
}

/**
 * Finds the one whitespace character the old replacement would remove.
 * Keeps leading whitespace, skips an optional operator, and checks immediately
 * after it. Returns -1 if there is nothing to remove.
 *
 * @param {string} range The text containing a candidate already found by the caller.
 * @param {number} matchStart The candidate's position, including leading whitespace.
 * @returns {number} The position of the removable whitespace, or -1 if absent.
 * @example findRemovableWhitespaceIndex(' > 1', 0) // 2; keep the space at position 0
 * @example findRemovableWhitespaceIndex('>1', 0) // -1
 */
const findRemovableWhitespaceIndex = (range, matchStart) => {
  let position = matchStart
  if (isWhitespace(range[position])) {
    position++
  }
  if (range[position] === '<' || range[position] === '>') {
    position++
  }
  if (range[position] === '=') {
    position++
  }
  return isWhitespace(range[position]) ? position : -1
}

/**
 * Joins an operator to its version, turning > 1.2.3 into >1.2.3.
 * Copies everything else according to the old regex's matching rules.
 * Moves forward through prefixes and whole versions to avoid repeatedly
 * searching the same characters on long inputs.
 *
 * @param {string} range The range text to process; the original string is unchanged.
 * @returns {string} The range with matched operator whitespace removed.
 * @example trimComparatorWhitespace('> 1.2.3 < 2') // '>1.2.3 <2'
 * @example trimComparatorWhitespace('> invalid') // '> invalid'
 */
const trimComparatorWhitespace = range => {
  let result = ''
  let copyFrom = 0
  let cursor = 0
  const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 }

  while (cursor < range.length) {
    const matchStart = cursor
    if (range[cursor] === '<' || range[cursor] === '>') {
      cursor++
    } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
      cursor++
      continue
    }

    // Consume a v/=/whitespace run once, even when no version follows it.
    while (cursor < range.length && isVersionPrefix(range[cursor])) {
      cursor++
    }
    if (!isVersionStart(range[cursor])) {
      continue
    }

    const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart)
    if (whitespacePosition !== -1) {
      result += range.slice(copyFrom, whitespacePosition)
      copyFrom = whitespacePosition + 1
    }

    // Skip the entire match, so a prerelease's trailing v cannot be
    // reconsidered as the prefix of another version.
    cursor = findVersionEndIndex(range, cursor, digitRuns)
  }

  return result + range.slice(copyFrom)
}

module.exports = trimComparatorWhitespace


/***/ }),

/***/ 2276:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";


// Determine if version is greater than all the versions possible in the range.
const outside = __nccwpck_require__(280)
const gtr = (version, range, options) => outside(version, range, '>', options)
module.exports = gtr


/***/ }),

/***/ 3465:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";


const Range = __nccwpck_require__(6782)
const intersects = (r1, r2, options) => {
  r1 = new Range(r1, options)
  r2 = new Range(r2, options)
  return r1.intersects(r2, options)
}
module.exports = intersects


/***/ }),

/***/ 5213:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";


const outside = __nccwpck_require__(280)
// Determine if version is less than all the versions possible in the range
const ltr = (version, range, options) => outside(version, range, '<', options)
module.exports = ltr


/***/ }),

/***/ 3193:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";


const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)

const maxSatisfying = (versions, range, options) => {
  let max = null
  let maxSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!max || maxSV.compare(v) === -1) {
        // compare(max, v, true)
        max = v
        maxSV = new SemVer(max, options)
      }
    }
  })
  return max
}
module.exports = maxSatisfying


/***/ }),

/***/ 8595:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";


const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const minSatisfying = (versions, range, options) => {
  let min = null
  let minSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!min || minSV.compare(v) === 1) {
        // compare(min, v, true)
        min = v
        minSV = new SemVer(min, options)
      }
    }
  })
  return min
}
module.exports = minSatisfying


/***/ }),

/***/ 1866:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";


const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const gt = __nccwpck_require__(6599)

const minVersion = (range, loose) => {
  range = new Range(range, loose)

  let minver = new SemVer('0.0.0')
  if (range.test(minver)) {
    return minver
  }

  minver = new SemVer('0.0.0-0')
  if (range.test(minver)) {
    return minver
  }

  minver = null
  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let setMin = null
    comparators.forEach((comparator) => {
      // Clone to avoid manipulating the comparator's semver object.
      const compver = new SemVer(comparator.semver.version)
      switch (comparator.operator) {
        case '>':
          if (compver.prerelease.length === 0) {
            compver.patch++
          } else {
            compver.prerelease.push(0)
          }
          compver.raw = compver.format()
          /* fallthrough */
        case '':
        case '>=':
          if (!setMin || gt(compver, setMin)) {
            setMin = compver
          }
          break
        case '<':
        case '<=':
          /* Ignore maximum versions */
          break
        /* istanbul ignore next */
        default:
          throw new Error(`Unexpected operation: ${comparator.operator}`)
      }
    })
    if (setMin && (!minver || gt(minver, setMin))) {
      minver = setMin
    }
  }

  if (minver && range.test(minver)) {
    return minver
  }

  return null
}
module.exports = minVersion


/***/ }),

/***/ 280:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";


const SemVer = __nccwpck_require__(7163)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)
const gte = __nccwpck_require__(1236)

const outside = (version, range, hilo, options) => {
  version = new SemVer(version, options)
  range = new Range(range, options)

  let gtfn, ltefn, ltfn, comp, ecomp
  switch (hilo) {
    case '>':
      gtfn = gt
      ltefn = lte
      ltfn = lt
      comp = '>'
      ecomp = '>='
      break
    case '<':
      gtfn = lt
      ltefn = gte
      ltfn = gt
      comp = '<'
      ecomp = '<='
      break
    default:
      throw new TypeError('Must provide a hilo val of "<" or ">"')
  }

  // If it satisfies the range it is not outside
  if (satisfies(version, range, options)) {
    return false
  }

  // From now on, variable terms are as if we're in "gtr" mode.
  // but note that everything is flipped for the "ltr" function.

  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let high = null
    let low = null

    comparators.forEach((comparator) => {
      if (comparator.semver === ANY) {
        comparator = new Comparator('>=0.0.0')
      }
      high = high || comparator
      low = low || comparator
      if (gtfn(comparator.semver, high.semver, options)) {
        high = comparator
      } else if (ltfn(comparator.semver, low.semver, options)) {
        low = comparator
      }
    })

    // If the edge version comparator has a operator then our version
    // isn't outside it
    if (high.operator === comp || high.operator === ecomp) {
      return false
    }

    // If the lowest version comparator has an operator and our version
    // is less than it then it isn't higher than the range
    if ((!low.operator || low.operator === comp) &&
        ltefn(version, low.semver)) {
      return false
    } else if (low.operator === ecomp && ltfn(version, low.semver)) {
      return false
    }
  }
  return true
}

module.exports = outside


/***/ }),

/***/ 2028:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";


// given a set of versions and a range, create a "simplified" range
// that includes the same versions that the original range does
// If the original range is shorter than the simplified one, return that.
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)
module.exports = (versions, range, options) => {
  const set = []
  let first = null
  let prev = null
  const v = versions.sort((a, b) => compare(a, b, options))
  for (const version of v) {
    const included = satisfies(version, range, options)
    if (included) {
      prev = version
      if (!first) {
        first = version
      }
    } else {
      if (prev) {
        set.push([first, prev])
      }
      prev = null
      first = null
    }
  }
  if (first) {
    set.push([first, null])
  }

  const ranges = []
  for (const [min, max] of set) {
    if (min === max) {
      ranges.push(min)
    } else if (!max && min === v[0]) {
      ranges.push('*')
    } else if (!max) {
      ranges.push(`>=${min}`)
    } else if (min === v[0]) {
      ranges.push(`<=${max}`)
    } else {
      ranges.push(`${min} - ${max}`)
    }
  }
  const simplified = ranges.join(' || ')
  const original = typeof range.raw === 'string' ? range.raw : String(range)
  return simplified.length < original.length ? simplified : range
}


/***/ }),

/***/ 1489:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";


const Range = __nccwpck_require__(6782)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)

// Complex range `r1 || r2 || ...` is a subset of `R1 || R2 || ...` iff:
// - Every simple range `r1, r2, ...` is a null set, OR
// - Every simple range `r1, r2, ...` which is not a null set is a subset of
//   some `R1, R2, ...`
//
// Simple range `c1 c2 ...` is a subset of simple range `C1 C2 ...` iff:
// - If c is only the ANY comparator
//   - If C is only the ANY comparator, return true
//   - Else if in prerelease mode, return false
//   - else replace c with `[>=0.0.0]`
// - If C is only the ANY comparator
//   - if in prerelease mode, return true
//   - else replace C with `[>=0.0.0]`
// - Let EQ be the set of = comparators in c
// - If EQ is more than one, return true (null set)
// - Let GT be the highest > or >= comparator in c
// - Let LT be the lowest < or <= comparator in c
// - If GT and LT, and GT.semver > LT.semver, return true (null set)
// - If any C is a = range, and GT or LT are set, return false
// - If EQ
//   - If GT, and EQ does not satisfy GT, return true (null set)
//   - If LT, and EQ does not satisfy LT, return true (null set)
//   - If EQ satisfies every C, return true
//   - Else return false
// - If GT
//   - If GT.semver is lower than any > or >= comp in C, return false
//   - If GT is >=, and GT.semver does not satisfy every C, return false
//   - If GT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the GT.semver tuple, return false
// - If LT
//   - If LT.semver is greater than any < or <= comp in C, return false
//   - If LT is <=, and LT.semver does not satisfy every C, return false
//   - If LT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the LT.semver tuple, return false
// - Else return true

const subset = (sub, dom, options = {}) => {
  if (sub === dom) {
    return true
  }

  sub = new Range(sub, options)
  dom = new Range(dom, options)
  let sawNonNull = false

  OUTER: for (const simpleSub of sub.set) {
    for (const simpleDom of dom.set) {
      const isSub = simpleSubset(simpleSub, simpleDom, options)
      sawNonNull = sawNonNull || isSub !== null
      if (isSub) {
        continue OUTER
      }
    }
    // the null set is a subset of everything, but null simple ranges in
    // a complex range should be ignored.  so if we saw a non-null range,
    // then we know this isn't a subset, but if EVERY simple range was null,
    // then it is a subset.
    if (sawNonNull) {
      return false
    }
  }
  return true
}

const minimumVersionWithPreRelease = [new Comparator('>=0.0.0-0')]
const minimumVersion = [new Comparator('>=0.0.0')]

const simpleSubset = (sub, dom, options) => {
  if (sub === dom) {
    return true
  }

  if (sub.length === 1 && sub[0].semver === ANY) {
    if (dom.length === 1 && dom[0].semver === ANY) {
      return true
    } else if (options.includePrerelease) {
      sub = minimumVersionWithPreRelease
    } else {
      sub = minimumVersion
    }
  }

  if (dom.length === 1 && dom[0].semver === ANY) {
    if (options.includePrerelease) {
      return true
    } else {
      dom = minimumVersion
    }
  }

  const eqSet = new Set()
  let gt, lt
  for (const c of sub) {
    if (c.operator === '>' || c.operator === '>=') {
      gt = higherGT(gt, c, options)
    } else if (c.operator === '<' || c.operator === '<=') {
      lt = lowerLT(lt, c, options)
    } else {
      eqSet.add(c.semver)
    }
  }

  if (eqSet.size > 1) {
    return null
  }

  let gtltComp
  if (gt && lt) {
    gtltComp = compare(gt.semver, lt.semver, options)
    if (gtltComp > 0) {
      return null
    } else if (gtltComp === 0 && (gt.operator !== '>=' || lt.operator !== '<=')) {
      return null
    }
  }

  // will iterate one or zero times
  for (const eq of eqSet) {
    if (gt && !satisfies(eq, String(gt), options)) {
      return null
    }

    if (lt && !satisfies(eq, String(lt), options)) {
      return null
    }

    for (const c of dom) {
      if (!satisfies(eq, String(c), options)) {
        return false
      }
    }

    return true
  }

  let higher, lower
  let hasDomLT, hasDomGT
  // if the subset has a prerelease, we need a comparator in the superset
  // with the same tuple and a prerelease, or it's not a subset
  let needDomLTPre = lt &&
    !options.includePrerelease &&
    lt.semver.prerelease.length ? lt.semver : false
  let needDomGTPre = gt &&
    !options.includePrerelease &&
    gt.semver.prerelease.length ? gt.semver : false
  // exception: <1.2.3-0 is the same as <1.2.3
  if (needDomLTPre && needDomLTPre.prerelease.length === 1 &&
      lt.operator === '<' && needDomLTPre.prerelease[0] === 0) {
    needDomLTPre = false
  }

  for (const c of dom) {
    hasDomGT = hasDomGT || c.operator === '>' || c.operator === '>='
    hasDomLT = hasDomLT || c.operator === '<' || c.operator === '<='
    if (gt) {
      if (needDomGTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomGTPre.major &&
            c.semver.minor === needDomGTPre.minor &&
            c.semver.patch === needDomGTPre.patch) {
          needDomGTPre = false
        }
      }
      if (c.operator === '>' || c.operator === '>=') {
        higher = higherGT(gt, c, options)
        if (higher === c && higher !== gt) {
          return false
        }
      } else if (gt.operator === '>=' && !c.test(gt.semver)) {
        return false
      }
    }
    if (lt) {
      if (needDomLTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomLTPre.major &&
            c.semver.minor === needDomLTPre.minor &&
            c.semver.patch === needDomLTPre.patch) {
          needDomLTPre = false
        }
      }
      if (c.operator === '<' || c.operator === '<=') {
        lower = lowerLT(lt, c, options)
        if (lower === c && lower !== lt) {
          return false
        }
      } else if (lt.operator === '<=' && !c.test(lt.semver)) {
        return false
      }
    }
    if (!c.operator && (lt || gt) && gtltComp !== 0) {
      return false
    }
  }

  // if there was a < or >, and nothing in the dom, then must be false
  // UNLESS it was limited by another range in the other direction.
  // Eg, >1.0.0 <1.0.1 is still a subset of <2.0.0
  if (gt && hasDomLT && !lt && gtltComp !== 0) {
    return false
  }

  if (lt && hasDomGT && !gt && gtltComp !== 0) {
    return false
  }

  // we needed a prerelease range in a specific tuple, but didn't get one
  // then this isn't a subset.  eg >=1.2.3-pre is not a subset of >=1.0.0,
  // because it includes prereleases in the 1.2.3 tuple
  if (needDomGTPre || needDomLTPre) {
    return false
  }

  return true
}

// >=1.2.3 is lower than >1.2.3
const higherGT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp > 0 ? a
    : comp < 0 ? b
    : b.operator === '>' && a.operator === '>=' ? b
    : a
}

// <=1.2.3 is higher than <1.2.3
const lowerLT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp < 0 ? a
    : comp > 0 ? b
    : b.operator === '<' && a.operator === '<=' ? b
    : a
}

module.exports = subset


/***/ }),

/***/ 4750:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";


const Range = __nccwpck_require__(6782)

// Mostly just for testing and legacy API reasons
const toComparators = (range, options) =>
  new Range(range, options).set
    .map(comp => comp.map(c => c.value).join(' ').trim().split(' '))

module.exports = toComparators


/***/ }),

/***/ 4737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";


const Range = __nccwpck_require__(6782)
const validRange = (range, options) => {
  try {
    // Return '*' instead of '' so that truthiness works.
    // This will throw if it's invalid anyway
    return new Range(range, options).range || '*'
  } catch (er) {
    return null
  }
}
module.exports = validRange


/***/ }),

/***/ 770:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(218);


/***/ }),

/***/ 218:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";
var __webpack_unused_export__;


var net = __nccwpck_require__(9278);
var tls = __nccwpck_require__(4756);
var http = __nccwpck_require__(8611);
var https = __nccwpck_require__(5692);
var events = __nccwpck_require__(4434);
var assert = __nccwpck_require__(2613);
var util = __nccwpck_require__(9023);


exports.httpOverHttp = httpOverHttp;
exports.httpsOverHttp = httpsOverHttp;
exports.httpOverHttps = httpOverHttps;
exports.httpsOverHttps = httpsOverHttps;


function httpOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  return agent;
}

function httpsOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}

function httpOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  return agent;
}

function httpsOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}


function TunnelingAgent(options) {
  var self = this;
  self.options = options || {};
  self.proxyOptions = self.options.proxy || {};
  self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
  self.requests = [];
  self.sockets = [];

  self.on('free', function onFree(socket, host, port, localAddress) {
    var options = toOptions(host, port, localAddress);
    for (var i = 0, len = self.requests.length; i < len; ++i) {
      var pending = self.requests[i];
      if (pending.host === options.host && pending.port === options.port) {
        // Detect the request to connect same origin server,
        // reuse the connection.
        self.requests.splice(i, 1);
        pending.request.onSocket(socket);
        return;
      }
    }
    socket.destroy();
    self.removeSocket(socket);
  });
}
util.inherits(TunnelingAgent, events.EventEmitter);

TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
  var self = this;
  var options = mergeOptions({request: req}, self.options, toOptions(host, port, localAddress));

  if (self.sockets.length >= this.maxSockets) {
    // We are over limit so we'll add it to the queue.
    self.requests.push(options);
    return;
  }

  // If we are under maxSockets create a new one.
  self.createSocket(options, function(socket) {
    socket.on('free', onFree);
    socket.on('close', onCloseOrRemove);
    socket.on('agentRemove', onCloseOrRemove);
    req.onSocket(socket);

    function onFree() {
      self.emit('free', socket, options);
    }

    function onCloseOrRemove(err) {
      self.removeSocket(socket);
      socket.removeListener('free', onFree);
      socket.removeListener('close', onCloseOrRemove);
      socket.removeListener('agentRemove', onCloseOrRemove);
    }
  });
};

TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
  var self = this;
  var placeholder = {};
  self.sockets.push(placeholder);

  var connectOptions = mergeOptions({}, self.proxyOptions, {
    method: 'CONNECT',
    path: options.host + ':' + options.port,
    agent: false,
    headers: {
      host: options.host + ':' + options.port
    }
  });
  if (options.localAddress) {
    connectOptions.localAddress = options.localAddress;
  }
  if (connectOptions.proxyAuth) {
    connectOptions.headers = connectOptions.headers || {};
    connectOptions.headers['Proxy-Authorization'] = 'Basic ' +
        new Buffer(connectOptions.proxyAuth).toString('base64');
  }

  debug('making CONNECT request');
  var connectReq = self.request(connectOptions);
  connectReq.useChunkedEncodingByDefault = false; // for v0.6
  connectReq.once('response', onResponse); // for v0.6
  connectReq.once('upgrade', onUpgrade);   // for v0.6
  connectReq.once('connect', onConnect);   // for v0.7 or later
  connectReq.once('error', onError);
  connectReq.end();

  function onResponse(res) {
    // Very hacky. This is necessary to avoid http-parser leaks.
    res.upgrade = true;
  }

  function onUpgrade(res, socket, head) {
    // Hacky.
    process.nextTick(function() {
      onConnect(res, socket, head);
    });
  }

  function onConnect(res, socket, head) {
    connectReq.removeAllListeners();
    socket.removeAllListeners();

    if (res.statusCode !== 200) {
      debug('tunneling socket could not be established, statusCode=%d',
        res.statusCode);
      socket.destroy();
      var error = new Error('tunneling socket could not be established, ' +
        'statusCode=' + res.statusCode);
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    if (head.length > 0) {
      debug('got illegal response body from proxy');
      socket.destroy();
      var error = new Error('got illegal response body from proxy');
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    debug('tunneling connection has established');
    self.sockets[self.sockets.indexOf(placeholder)] = socket;
    return cb(socket);
  }

  function onError(cause) {
    connectReq.removeAllListeners();

    debug('tunneling socket could not be established, cause=%s\n',
          cause.message, cause.stack);
    var error = new Error('tunneling socket could not be established, ' +
                          'cause=' + cause.message);
    error.code = 'ECONNRESET';
    options.request.emit('error', error);
    self.removeSocket(placeholder);
  }
};

TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
  var pos = this.sockets.indexOf(socket)
  if (pos === -1) {
    return;
  }
  this.sockets.splice(pos, 1);

  var pending = this.requests.shift();
  if (pending) {
    // If we have pending requests and a socket gets closed a new one
    // needs to be created to take over in the pool for the one that closed.
    this.createSocket(pending, function(socket) {
      pending.request.onSocket(socket);
    });
  }
};

function createSecureSocket(options, cb) {
  var self = this;
  TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
    var hostHeader = options.request.getHeader('host');
    var tlsOptions = mergeOptions({}, self.options, {
      socket: socket,
      servername: hostHeader ? hostHeader.replace(/:.*$/, '') : options.host
    });

    // 0 is dummy port for v0.6
    var secureSocket = tls.connect(0, tlsOptions);
    self.sockets[self.sockets.indexOf(socket)] = secureSocket;
    cb(secureSocket);
  });
}


function toOptions(host, port, localAddress) {
  if (typeof host === 'string') { // since v0.10
    return {
      host: host,
      port: port,
      localAddress: localAddress
    };
  }
  return host; // for v0.11 or later
}

function mergeOptions(target) {
  for (var i = 1, len = arguments.length; i < len; ++i) {
    var overrides = arguments[i];
    if (typeof overrides === 'object') {
      var keys = Object.keys(overrides);
      for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
        var k = keys[j];
        if (overrides[k] !== undefined) {
          target[k] = overrides[k];
        }
      }
    }
  }
  return target;
}


var debug;
if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
  debug = function() {
    var args = Array.prototype.slice.call(arguments);
    if (typeof args[0] === 'string') {
      args[0] = 'TUNNEL: ' + args[0];
    } else {
      args.unshift('TUNNEL:');
    }
    console.error.apply(console, args);
  }
} else {
  debug = function() {};
}
__webpack_unused_export__ = debug; // for test


/***/ }),

/***/ 2613:
/***/ ((module) => {

"use strict";
module.exports = require("assert");

/***/ }),

/***/ 5317:
/***/ ((module) => {

"use strict";
module.exports = require("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

"use strict";
module.exports = require("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

"use strict";
module.exports = require("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

"use strict";
module.exports = require("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

"use strict";
module.exports = require("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

"use strict";
module.exports = require("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

"use strict";
module.exports = require("net");

/***/ }),

/***/ 6698:
/***/ ((module) => {

"use strict";
module.exports = require("node:async_hooks");

/***/ }),

/***/ 1421:
/***/ ((module) => {

"use strict";
module.exports = require("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

"use strict";
module.exports = require("node:crypto");

/***/ }),

/***/ 8474:
/***/ ((module) => {

"use strict";
module.exports = require("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

"use strict";
module.exports = require("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

"use strict";
module.exports = require("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

"use strict";
module.exports = require("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

"use strict";
module.exports = require("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

"use strict";
module.exports = require("node:https");

/***/ }),

/***/ 8161:
/***/ ((module) => {

"use strict";
module.exports = require("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

"use strict";
module.exports = require("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

"use strict";
module.exports = require("node:process");

/***/ }),

/***/ 7075:
/***/ ((module) => {

"use strict";
module.exports = require("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

"use strict";
module.exports = require("node:stream/promises");

/***/ }),

/***/ 8500:
/***/ ((module) => {

"use strict";
module.exports = require("node:timers/promises");

/***/ }),

/***/ 7975:
/***/ ((module) => {

"use strict";
module.exports = require("node:util");

/***/ }),

/***/ 5919:
/***/ ((module) => {

"use strict";
module.exports = require("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

"use strict";
module.exports = require("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

"use strict";
module.exports = require("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

"use strict";
module.exports = require("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

"use strict";
module.exports = require("stream");

/***/ }),

/***/ 4756:
/***/ ((module) => {

"use strict";
module.exports = require("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

"use strict";
module.exports = require("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

"use strict";
module.exports = require("zlib");

/***/ }),

/***/ 1008:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ withoutRunnerCredentials),
/* harmony export */   NO: () => (/* binding */ endpointEnvironment),
/* harmony export */   Sk: () => (/* binding */ packerRegionEnvironment),
/* harmony export */   gn: () => (/* binding */ staticKeysEnvironment),
/* harmony export */   nO: () => (/* binding */ FIRST_PACKER_WITH_ENDPOINT),
/* harmony export */   rf: () => (/* binding */ readsCredentialsEndpoint)
/* harmony export */ });
/* unused harmony export RUNNER_CREDENTIAL_VARIABLES */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2088);
// What Packer's process gets to reach AWS. Free of the AWS SDK so that callers without a role to
// assume need not load it.

/**
 * Every variable through which an AWS SDK could find credentials other than the endpoint the action
 * serves (Go v1 and v2 in Packer and its amazon plugin, the AWS CLI a provisioner may run), in the
 * order the Go SDKs try them: the static keys (with the older names some read), a web identity token
 * file, a profile, another container endpoint and its token, or the token file newer SDKs read.
 */
const RUNNER_CREDENTIAL_VARIABLES = [
    'AWS_ACCESS_KEY_ID',
    'AWS_ACCESS_KEY',
    'AWS_SECRET_ACCESS_KEY',
    'AWS_SECRET_KEY',
    'AWS_SESSION_TOKEN',
    'AWS_SECURITY_TOKEN',
    'AWS_WEB_IDENTITY_TOKEN_FILE',
    'AWS_ROLE_ARN',
    'AWS_ROLE_SESSION_NAME',
    'AWS_PROFILE',
    'AWS_DEFAULT_PROFILE',
    'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
    'AWS_CONTAINER_CREDENTIALS_FULL_URI',
    'AWS_CONTAINER_AUTHORIZATION_TOKEN',
    'AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE',
];
/**
 * The region for Packer: its SDK and templates (`env("AWS_REGION")`) read it. Without a role to
 * assume, that is all: Packer keeps whatever credentials the runner has.
 */
function packerRegionEnvironment(region) {
    return region === undefined ? {} : { AWS_REGION: region, AWS_DEFAULT_REGION: region };
}
/**
 * The runner's environment with nothing left that could take precedence over the role's credentials:
 * no credential variables, shared credentials and config files that are empty (`emptyFile`), so that
 * `~/.aws/credentials` is not read, and no EC2 instance metadata (a self-hosted runner's instance role).
 */
function withoutRunnerCredentials(env, emptyFile) {
    const kept = Object.entries(env).filter(([name]) => !RUNNER_CREDENTIAL_VARIABLES.includes(name));
    return {
        ...Object.fromEntries(kept),
        AWS_SHARED_CREDENTIALS_FILE: emptyFile,
        AWS_CONFIG_FILE: emptyFile,
        AWS_EC2_METADATA_DISABLED: 'true',
    };
}
/** The SDKs' container-credentials provider, pointed at the action's loopback endpoint. */
function endpointEnvironment(url, token) {
    return { AWS_CONTAINER_CREDENTIALS_FULL_URI: url, AWS_CONTAINER_AUTHORIZATION_TOKEN: token };
}
/** The credentials themselves: for a Packer that cannot read the endpoint. */
function staticKeysEnvironment(credentials) {
    return {
        AWS_ACCESS_KEY_ID: credentials.accessKeyId,
        AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
        AWS_SESSION_TOKEN: credentials.sessionToken,
    };
}
/**
 * The oldest Packer known to take its credentials from the endpoint with the runner's own credentials
 * out of the way: 1.6.6 is checked by a real build in this project's tests. Later versions, and the
 * amazon plugin from Packer 1.7 on, resolve credentials with the Go SDKs' default chains, which read
 * AWS_CONTAINER_CREDENTIALS_FULL_URI and AWS_CONTAINER_AUTHORIZATION_TOKEN.
 */
const FIRST_PACKER_WITH_ENDPOINT = '1.6.6';
/** Whether this Packer gets its credentials from the endpoint rather than in its environment. */
function readsCredentialsEndpoint(packerVersion) {
    const version = semver__WEBPACK_IMPORTED_MODULE_0__.valid(packerVersion);
    return version !== null && semver__WEBPACK_IMPORTED_MODULE_0__.gte(version, FIRST_PACKER_WITH_ENDPOINT);
}


/***/ }),

/***/ 4894:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ parseAmisToPublish),
/* harmony export */   KC: () => (/* binding */ parseAwsInputs),
/* harmony export */   KG: () => (/* binding */ severalAmiBuildsProblem),
/* harmony export */   Og: () => (/* binding */ regionProblem),
/* harmony export */   _B: () => (/* binding */ amiIdProblem),
/* harmony export */   c2: () => (/* binding */ parameterNameProblem),
/* harmony export */   ft: () => (/* binding */ credentialLifetimeWarning),
/* harmony export */   mq: () => (/* binding */ regionVariableProblem),
/* harmony export */   vi: () => (/* binding */ parameterArn)
/* harmony export */ });
/* unused harmony exports DEFAULT_AUDIENCE, DEFAULT_ROLE_DURATION_SECONDS, MIN_ROLE_DURATION_SECONDS, MAX_ROLE_DURATION_SECONDS, REGION_VARIABLE, defaultRoleSessionName, roleArnProblem, roleSessionNameProblem, roleDurationProblem, parameterLabelProblem */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(452);
/* harmony import */ var _environment_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1008);
// Checks of the AWS inputs, pure and free of the AWS SDK: they run on every run, before anything is
// downloaded. Each `...Problem` function returns what is wrong (phrased as what is allowed, to end an
// InputError message) or undefined; parseAwsInputs gathers them all as InputErrors.


const DEFAULT_AUDIENCE = 'sts.amazonaws.com';
const DEFAULT_ROLE_DURATION_SECONDS = 3600;
const MIN_ROLE_DURATION_SECONDS = 900;
const MAX_ROLE_DURATION_SECONDS = 43200;
/**
 * The AWS inputs, read by their action.yml names through `getInput` (trimmed values, '' when unset),
 * with defaults applied, and every problem found, so that the user can fix them all in one
 * go. `aws` is only meaningful when `problems` is empty.
 */
function parseAwsInputs(getInput, env) {
    const raw = {
        region: getInput('aws-region'),
        roleToAssume: getInput('role-to-assume'),
        roleSessionName: getInput('role-session-name'),
        roleDurationSeconds: getInput('role-duration-seconds'),
        audience: getInput('audience'),
        ssmParameter: getInput('ssm-parameter'),
        ssmParameterLabel: getInput('ssm-parameter-label'),
    };
    const problems = [];
    const check = (input, value, problem) => {
        if (problem !== undefined)
            problems.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, value, problem));
    };
    const regionVariable = ['AWS_REGION', 'AWS_DEFAULT_REGION'].find((name) => env[name]);
    const region = raw.region || (regionVariable && env[regionVariable]) || undefined;
    const regionProblemText = region === undefined ? undefined : regionProblem(region);
    if (regionProblemText !== undefined) {
        const from = raw.region ? '' : ` (taken from ${regionVariable})`;
        check('aws-region', region ?? '', `${regionProblemText}${from}`);
    }
    const roleToAssume = raw.roleToAssume || undefined;
    if (roleToAssume !== undefined)
        check('role-to-assume', roleToAssume, roleArnProblem(roleToAssume));
    const roleSessionName = raw.roleSessionName || defaultRoleSessionName(env.GITHUB_RUN_ID);
    check('role-session-name', roleSessionName, roleSessionNameProblem(roleSessionName));
    const durationText = raw.roleDurationSeconds || String(DEFAULT_ROLE_DURATION_SECONDS);
    check('role-duration-seconds', durationText, roleDurationProblem(durationText));
    const ssmParameter = raw.ssmParameter || undefined;
    if (ssmParameter !== undefined) {
        const regionForLength = region !== undefined && regionProblemText === undefined ? region : undefined;
        check('ssm-parameter', ssmParameter, parameterNameProblem(ssmParameter, regionForLength));
    }
    const ssmParameterLabel = raw.ssmParameterLabel || undefined;
    if (ssmParameterLabel !== undefined) {
        check('ssm-parameter-label', ssmParameterLabel, ssmParameter === undefined
            ? 'labels a version of ssm-parameter, which is not set: set ssm-parameter or remove the label'
            : parameterLabelProblem(ssmParameterLabel));
    }
    if (region === undefined && (roleToAssume !== undefined || ssmParameter !== undefined)) {
        check('aws-region', '', 'required when role-to-assume or ssm-parameter is set: set aws-region or the AWS_REGION variable');
    }
    return {
        aws: {
            region,
            roleToAssume,
            roleSessionName,
            roleDurationSeconds: Number(durationText),
            audience: raw.audience || DEFAULT_AUDIENCE,
            ssmParameter,
            ssmParameterLabel,
        },
        problems,
    };
}
/** The template variable that, by convention, names the region an image is built in. */
const REGION_VARIABLE = 'aws_region';
/**
 * A `variables` line `aws_region=<region>` that disagrees with the action's region: Packer would
 * build there while the action assumes the role, publishes and links the console in the other.
 * The action gives Packer AWS_REGION, so templates can default to `env("AWS_REGION")` instead.
 */
function regionVariableProblem(variables, region) {
    const given = variables.filter((variable) => variable.name === REGION_VARIABLE).at(-1);
    if (given === undefined || region === undefined || given.value.trim() === region)
        return undefined;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('variables', `${REGION_VARIABLE}=${given.value}`, `differs from aws-region ${region}: the image would be built in ${given.value.trim()} but its credentials, ` +
        `SSM parameter and summary would be in ${region}. Remove the ${REGION_VARIABLE} line (the action gives ` +
        `Packer AWS_REGION=${region}; a template can default to env("AWS_REGION")) or make the two agree`);
}
/** `packer-<run id>`: names the run in CloudTrail. */
function defaultRoleSessionName(runId) {
    return runId ? `packer-${runId}` : 'packer';
}
// `us-east-1`, `us-gov-west-1`, `cn-north-1`, `eu-isoe-west-1`.
const REGION = /^[a-z]{2}(?:-[a-z]+)+-\d{1,2}$/;
function regionProblem(region) {
    return REGION.test(region)
        ? undefined
        : 'must be an AWS region code such as us-east-1 or eu-west-2';
}
// Role names and path segments: IAM allows letters, digits and `+=,.@_-` in names, any printable
// ASCII but `/` in paths.
const ROLE_ARN = /^arn:aws(?:-[a-z]+)*:iam::\d{12}:role\/(?:[!-.0-~]+\/)*[\w+=,.@-]{1,64}$/;
function roleArnProblem(arn) {
    return ROLE_ARN.test(arn)
        ? undefined
        : 'must be an IAM role ARN, arn:<partition>:iam::<12-digit account>:role/<optional path/><name>, e.g. arn:aws:iam::123456789012:role/packer-build';
}
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
function roleSessionNameProblem(name) {
    return SESSION_NAME.test(name)
        ? undefined
        : 'must be 2 to 64 characters from letters, digits and + = , . @ _ -';
}
/** Takes the text of the input, so that `3600.5` or `1e4` are refused rather than rounded. */
function roleDurationProblem(text) {
    const seconds = /^\d+$/.test(text) ? Number(text) : Number.NaN;
    return seconds >= MIN_ROLE_DURATION_SECONDS && seconds <= MAX_ROLE_DURATION_SECONDS
        ? undefined
        : `must be a whole number of seconds from ${MIN_ROLE_DURATION_SECONDS} to ${MAX_ROLE_DURATION_SECONDS} (and at most the role's maximum session duration)`;
}
const MAX_PARAMETER_LEVELS = 15;
// Counted over the parameter's ARN, as SSM does.
const MAX_PARAMETER_ARN_LENGTH = 1011;
function partition(region) {
    if (region.startsWith('cn-'))
        return 'aws-cn';
    if (region.startsWith('us-gov-'))
        return 'aws-us-gov';
    return 'aws';
}
/**
 * The rules SSM applies to parameter names. The length limit counts the ARN, which depends on the
 * region: without one, the length is not checked.
 */
function parameterNameProblem(name, region) {
    if (!/^[\w.\-/]+$/.test(name)) {
        return "must be a parameter name (not an ARN) made of letters, digits, '_', '.', '-' and '/'";
    }
    const relative = name.startsWith('/') ? name.slice(1) : name;
    if (/^(?:aws|ssm)/i.test(relative)) {
        return "must not begin with 'aws' or 'ssm' (in any case, with or without a leading '/'): those are reserved";
    }
    const levels = relative.split('/');
    if (levels.some((level) => level === '')) {
        return "must not have empty levels ('//' or a trailing '/')";
    }
    if (levels.length > 1 && !name.startsWith('/')) {
        return `must begin with '/' when it has a hierarchy: /${name}`;
    }
    if (levels.length > MAX_PARAMETER_LEVELS) {
        return `has ${levels.length} levels: SSM allows at most ${MAX_PARAMETER_LEVELS}`;
    }
    if (region !== undefined) {
        const arnLength = parameterArn(name, region, '123456789012').length;
        if (arnLength > MAX_PARAMETER_ARN_LENGTH) {
            return `is too long: its ARN in ${region} would have ${arnLength} characters, SSM allows ${MAX_PARAMETER_ARN_LENGTH}`;
        }
    }
    return undefined;
}
/** `arn:aws:ssm:eu-west-1:123456789012:parameter/images/web_node/latest`. */
function parameterArn(name, region, accountId) {
    const relative = name.startsWith('/') ? name.slice(1) : name;
    return `arn:${partition(region)}:ssm:${region}:${accountId}:parameter/${relative}`;
}
function parameterLabelProblem(label) {
    if (label.length > 100)
        return `must have at most 100 characters, not ${label.length}`;
    if (!/^[\w.-]+$/.test(label))
        return "may contain only letters, digits, '.', '-' and '_'";
    if (/^\d/.test(label)) {
        return `must not begin with a digit: for a release tag use a prefix, e.g. v${label}`;
    }
    if (/^(?:aws|ssm)/i.test(label)) {
        return "must not begin with 'aws' or 'ssm' (in any case): those are reserved";
    }
    return undefined;
}
const AMI_ID = /^ami-(?:[0-9a-f]{8}|[0-9a-f]{17})$/;
function amiIdProblem(id) {
    return AMI_ID.test(id) ? undefined : `'${id}' is not an AMI id (ami- and 8 or 17 hex digits)`;
}
const AMI_IDS_FORMAT = 'must be a JSON object of region → AMI id, as the ami-ids output of a build gives it, e.g. {"eu-west-1": "ami-0123456789abcdef0"}';
/**
 * The AMIs `command: publish` publishes, region → AMI id: `ami-ids` (the JSON object of a build's
 * `ami-ids` output), or `ami-id` in aws-region. Undefined when neither is given or one is wrong: the
 * problems say which.
 */
function parseAmisToPublish(amiId, amiIdsText, region) {
    if (amiId !== '' && amiIdsText !== '') {
        return {
            amiIds: undefined,
            problems: [
                new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('ami-id', amiId, 'cannot be combined with ami-ids: give one AMI with ami-id (published in aws-region), or ' +
                    "every region's with ami-ids"),
            ],
        };
    }
    if (amiId !== '') {
        const problem = amiIdProblem(amiId);
        if (problem !== undefined)
            return { amiIds: undefined, problems: [new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('ami-id', amiId, problem)] };
        // Without a region, parseAwsInputs reports aws-region as missing (ssm-parameter is set).
        return { amiIds: region === undefined ? undefined : { [region]: amiId }, problems: [] };
    }
    if (amiIdsText === '') {
        return {
            amiIds: undefined,
            problems: [
                new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('ami-ids', '', "is required with 'command: publish' (or ami-id): the AMIs to publish, such as a " +
                    "build job's ami-ids output"),
            ],
        };
    }
    let parsed;
    try {
        parsed = JSON.parse(amiIdsText);
    }
    catch {
        return { amiIds: undefined, problems: [new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('ami-ids', amiIdsText, AMI_IDS_FORMAT)] };
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        return { amiIds: undefined, problems: [new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('ami-ids', amiIdsText, AMI_IDS_FORMAT)] };
    }
    const entries = Object.entries(parsed);
    const problems = entries.flatMap(([key, value]) => {
        const keyProblem = regionProblem(key);
        if (keyProblem !== undefined) {
            return [
                new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('ami-ids', amiIdsText, `has the key '${key}': each key ${keyProblem}`),
            ];
        }
        const valueProblem = typeof value === 'string'
            ? amiIdProblem(value)
            : `'${JSON.stringify(value)}' is not an AMI id`;
        return valueProblem === undefined
            ? []
            : [new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('ami-ids', amiIdsText, `${key}: ${valueProblem}`)];
    });
    if (entries.length === 0) {
        problems.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('ami-ids', amiIdsText, `has no AMI: it ${AMI_IDS_FORMAT}`));
    }
    return {
        amiIds: problems.length > 0 ? undefined : Object.fromEntries(entries),
        problems,
    };
}
/**
 * One parameter holds one AMI per region: when several builds make AMIs, which one it should point
 * at is the user's call. `builds` are the names of the builds that make (before the build) or made
 * (after it) AMIs.
 */
function severalAmiBuildsProblem(builds, parameterName, when) {
    const names = [...new Set(builds)];
    if (names.length < 2)
        return undefined;
    return (`ssm-parameter '${parameterName}' holds one AMI id per region, but ${names.length} builds ` +
        `${when === 'before' ? 'of the template make' : 'produced'} AMIs (${names.join(', ')}). Run only ` +
        `the build whose AMI it should point at with the 'only' input, e.g. only: ${names[0]}`);
}
/**
 * What a role's credentials cannot do for this Packer. A Packer that reads the endpoint gets each new
 * session as it comes, so a build may outlast role-duration-seconds (one session's length). An older one
 * gets the role's keys in its environment, as actions without the endpoint do: readable by every
 * provisioner, and never refreshed.
 */
function credentialLifetimeWarning(aws, packerVersion) {
    if (aws.roleToAssume === undefined || (0,_environment_js__WEBPACK_IMPORTED_MODULE_1__/* .readsCredentialsEndpoint */ .rf)(packerVersion))
        return undefined;
    const minutes = Math.round(aws.roleDurationSeconds / 60);
    return (`Packer ${packerVersion} is older than ${_environment_js__WEBPACK_IMPORTED_MODULE_1__/* .FIRST_PACKER_WITH_ENDPOINT */ .nO}, the first known to take its AWS ` +
        "credentials from the endpoint this action serves: it gets the role's keys in its environment instead, " +
        'where every provisioner can read them. They are valid for role-duration-seconds ' +
        `(${aws.roleDurationSeconds} s, ${minutes} minutes) from the start of each Packer run and are not ` +
        'refreshed: a build that runs longer fails with ExpiredToken. Use packer-version ' +
        `${_environment_js__WEBPACK_IMPORTED_MODULE_1__/* .FIRST_PACKER_WITH_ENDPOINT */ .nO} or newer.`);
}


/***/ }),

/***/ 4755:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ removeQuietly)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6058);
/* harmony import */ var _actions_io__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8701);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(452);
// Removing what a run leaves behind (an install's staging folder, the work directory of Packer's
// output). Each removal retries as the toolkit's io.rmRF does (an antivirus holding a fresh packer.exe
// on Windows: EBUSY, EPERM), and a removal that still fails is a warning: it never replaces the
// error that stopped the run, nor fails a run that worked.



/** Removes `path` (a file or a folder tree); `what` names it for the warning. */
async function removeQuietly(path, what) {
    try {
        await _actions_io__WEBPACK_IMPORTED_MODULE_1__/* .rmRF */ .Yz(path);
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Could not remove ${what} ${path} (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}). It is not in use any more: ` +
            'delete it by hand if it stays.');
    }
}


/***/ }),

/***/ 452:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ InputErrors),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage)
/* harmony export */ });
/**
 * A problem with one input: names the input, the value given and what is allowed. The action prints
 * each as one `::error::` line, without a stack trace, before anything is downloaded or run.
 */
class InputError extends Error {
    input;
    value;
    allowed;
    constructor(input, value, allowed) {
        super(`Input '${input}' is ${value === '' ? 'empty' : `'${value}'`}: ${allowed}`);
        this.input = input;
        this.value = value;
        this.allowed = allowed;
        this.name = 'InputError';
    }
}
/** Several input problems found in one pass, so the user can fix them all at once. */
class InputErrors extends Error {
    problems;
    constructor(problems) {
        super(problems.map((problem) => problem.message).join('\n'));
        this.problems = problems;
        this.name = 'InputErrors';
    }
}
/** The message of anything thrown, without assuming it is an Error. */
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 7580:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Tr: () => (/* binding */ checkEntry),
  HI: () => (/* binding */ discardEntry),
  w4: () => (/* binding */ findEntry),
  Py: () => (/* binding */ makeStagingDir),
  cT: () => (/* binding */ placeEntry),
  a5: () => (/* binding */ removeToolDirIfEmpty),
  is: () => (/* binding */ sweepStale),
  Uf: () => (/* binding */ toolName),
  rh: () => (/* binding */ writeRecord)
});

// UNUSED EXPORTS: RECORD_FILE, REHASH_AFTER_MS, entryDir

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var lib_core = __nccwpck_require__(6058);
// EXTERNAL MODULE: ./node_modules/@actions/io/lib/io.js
var lib_io = __nccwpck_require__(8701);
// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __nccwpck_require__(6982);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var node_modules_semver = __nccwpck_require__(2088);
// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
// EXTERNAL MODULE: external "child_process"
var external_child_process_ = __nccwpck_require__(5317);
;// CONCATENATED MODULE: ./node_modules/@actions/tool-cache/lib/manifest.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





// Internal object for testability (allows mocking in ESM)
const _internal = {
    readLinuxVersionFile() {
        const lsbReleaseFile = '/etc/lsb-release';
        const osReleaseFile = '/etc/os-release';
        let contents = '';
        if (external_fs_.existsSync(lsbReleaseFile)) {
            contents = external_fs_.readFileSync(lsbReleaseFile).toString();
        }
        else if (external_fs_.existsSync(osReleaseFile)) {
            contents = external_fs_.readFileSync(osReleaseFile).toString();
        }
        return contents;
    }
};
function _findMatch(versionSpec, stable, candidates, archFilter) {
    return __awaiter(this, void 0, void 0, function* () {
        const platFilter = os.platform();
        let result;
        let match;
        let file;
        for (const candidate of candidates) {
            const version = candidate.version;
            debug(`check ${version} satisfies ${versionSpec}`);
            if (semver.satisfies(version, versionSpec) &&
                (!stable || candidate.stable === stable)) {
                file = candidate.files.find(item => {
                    debug(`${item.arch}===${archFilter} && ${item.platform}===${platFilter}`);
                    let chk = item.arch === archFilter && item.platform === platFilter;
                    if (chk && item.platform_version) {
                        const osVersion = _getOsVersion();
                        if (osVersion === item.platform_version) {
                            chk = true;
                        }
                        else {
                            chk = semver.satisfies(osVersion, item.platform_version);
                        }
                    }
                    return chk;
                });
                if (file) {
                    debug(`matched ${candidate.version}`);
                    match = candidate;
                    break;
                }
            }
        }
        if (match && file) {
            // clone since we're mutating the file list to be only the file that matches
            result = Object.assign({}, match);
            result.files = [file];
        }
        return result;
    });
}
function _getOsVersion() {
    // TODO: add windows and other linux, arm variants
    // right now filtering on version is only an ubuntu and macos scenario for tools we build for hosted (python)
    const plat = os.platform();
    let version = '';
    if (plat === 'darwin') {
        version = cp.execSync('sw_vers -productVersion').toString();
    }
    else if (plat === 'linux') {
        // lsb_release process not in some containers, readfile
        // Run cat /etc/lsb-release
        // DISTRIB_ID=Ubuntu
        // DISTRIB_RELEASE=18.04
        // DISTRIB_CODENAME=bionic
        // DISTRIB_DESCRIPTION="Ubuntu 18.04.4 LTS"
        const lsbContents = _internal.readLinuxVersionFile();
        if (lsbContents) {
            const lines = lsbContents.split('\n');
            for (const line of lines) {
                const parts = line.split('=');
                if (parts.length === 2 &&
                    (parts[0].trim() === 'VERSION_ID' ||
                        parts[0].trim() === 'DISTRIB_RELEASE')) {
                    version = parts[1].trim().replace(/^"/, '').replace(/"$/, '');
                    break;
                }
            }
        }
    }
    return version;
}
// Alias for backwards compatibility
function _readLinuxVersionFile() {
    return _internal.readLinuxVersionFile();
}
//# sourceMappingURL=manifest.js.map
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 2 modules
var lib = __nccwpck_require__(8313);
// EXTERNAL MODULE: external "stream"
var external_stream_ = __nccwpck_require__(2203);
// EXTERNAL MODULE: external "util"
var external_util_ = __nccwpck_require__(9023);
// EXTERNAL MODULE: external "assert"
var external_assert_ = __nccwpck_require__(2613);
// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 3 modules
var lib_exec = __nccwpck_require__(5781);
;// CONCATENATED MODULE: ./node_modules/@actions/tool-cache/lib/retry-helper.js
var retry_helper_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};

/**
 * Internal class for retries
 */
class retry_helper_RetryHelper {
    constructor(maxAttempts, minSeconds, maxSeconds) {
        if (maxAttempts < 1) {
            throw new Error('max attempts should be greater than or equal to 1');
        }
        this.maxAttempts = maxAttempts;
        this.minSeconds = Math.floor(minSeconds);
        this.maxSeconds = Math.floor(maxSeconds);
        if (this.minSeconds > this.maxSeconds) {
            throw new Error('min seconds should be less than or equal to max seconds');
        }
    }
    execute(action, isRetryable) {
        return retry_helper_awaiter(this, void 0, void 0, function* () {
            let attempt = 1;
            while (attempt < this.maxAttempts) {
                // Try
                try {
                    return yield action();
                }
                catch (err) {
                    if (isRetryable && !isRetryable(err)) {
                        throw err;
                    }
                    core.info(err.message);
                }
                // Sleep
                const seconds = this.getSleepAmount();
                core.info(`Waiting ${seconds} seconds before trying again`);
                yield this.sleep(seconds);
                attempt++;
            }
            // Last attempt
            return yield action();
        });
    }
    getSleepAmount() {
        return (Math.floor(Math.random() * (this.maxSeconds - this.minSeconds + 1)) +
            this.minSeconds);
    }
    sleep(seconds) {
        return retry_helper_awaiter(this, void 0, void 0, function* () {
            return new Promise(resolve => setTimeout(resolve, seconds * 1000));
        });
    }
}
//# sourceMappingURL=retry-helper.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/tool-cache/lib/tool-cache.js
var tool_cache_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};














class HTTPError extends Error {
    constructor(httpStatusCode) {
        super(`Unexpected HTTP response: ${httpStatusCode}`);
        this.httpStatusCode = httpStatusCode;
        Object.setPrototypeOf(this, new.target.prototype);
    }
}
const IS_WINDOWS = process.platform === 'win32';
const IS_MAC = process.platform === 'darwin';
const userAgent = 'actions/tool-cache';
/**
 * Download a tool from an url and stream it into a file
 *
 * @param url       url of tool to download
 * @param dest      path to download tool
 * @param auth      authorization header
 * @param headers   other headers
 * @returns         path to downloaded tool
 */
function downloadTool(url, dest, auth, headers) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        dest = dest || path.join(_getTempDirectory(), crypto.randomUUID());
        yield io.mkdirP(path.dirname(dest));
        core.debug(`Downloading ${url}`);
        core.debug(`Destination ${dest}`);
        const maxAttempts = 3;
        const minSeconds = _getGlobal('TEST_DOWNLOAD_TOOL_RETRY_MIN_SECONDS', 10);
        const maxSeconds = _getGlobal('TEST_DOWNLOAD_TOOL_RETRY_MAX_SECONDS', 20);
        const retryHelper = new RetryHelper(maxAttempts, minSeconds, maxSeconds);
        return yield retryHelper.execute(() => tool_cache_awaiter(this, void 0, void 0, function* () {
            return yield downloadToolAttempt(url, dest || '', auth, headers);
        }), (err) => {
            if (err instanceof HTTPError && err.httpStatusCode) {
                // Don't retry anything less than 500, except 408 Request Timeout and 429 Too Many Requests
                if (err.httpStatusCode < 500 &&
                    err.httpStatusCode !== 408 &&
                    err.httpStatusCode !== 429) {
                    return false;
                }
            }
            // Otherwise retry
            return true;
        });
    });
}
function downloadToolAttempt(url, dest, auth, headers) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        if (fs.existsSync(dest)) {
            throw new Error(`Destination file path ${dest} already exists`);
        }
        // Get the response headers
        const http = new httpm.HttpClient(userAgent, [], {
            allowRetries: false
        });
        if (auth) {
            core.debug('set auth');
            if (headers === undefined) {
                headers = {};
            }
            headers.authorization = auth;
        }
        const response = yield http.get(url, headers);
        if (response.message.statusCode !== 200) {
            const err = new HTTPError(response.message.statusCode);
            core.debug(`Failed to download from "${url}". Code(${response.message.statusCode}) Message(${response.message.statusMessage})`);
            throw err;
        }
        // Download the response body
        const pipeline = util.promisify(stream.pipeline);
        const responseMessageFactory = _getGlobal('TEST_DOWNLOAD_TOOL_RESPONSE_MESSAGE_FACTORY', () => response.message);
        const readStream = responseMessageFactory();
        let succeeded = false;
        try {
            yield pipeline(readStream, fs.createWriteStream(dest));
            core.debug('download complete');
            succeeded = true;
            return dest;
        }
        finally {
            // Error, delete dest before retry
            if (!succeeded) {
                core.debug('download failed');
                try {
                    yield io.rmRF(dest);
                }
                catch (err) {
                    core.debug(`Failed to delete '${dest}'. ${err.message}`);
                }
            }
        }
    });
}
/**
 * Extract a .7z file
 *
 * @param file     path to the .7z file
 * @param dest     destination directory. Optional.
 * @param _7zPath  path to 7zr.exe. Optional, for long path support. Most .7z archives do not have this
 * problem. If your .7z archive contains very long paths, you can pass the path to 7zr.exe which will
 * gracefully handle long paths. By default 7zdec.exe is used because it is a very small program and is
 * bundled with the tool lib. However it does not support long paths. 7zr.exe is the reduced command line
 * interface, it is smaller than the full command line interface, and it does support long paths. At the
 * time of this writing, it is freely available from the LZMA SDK that is available on the 7zip website.
 * Be sure to check the current license agreement. If 7zr.exe is bundled with your action, then the path
 * to 7zr.exe can be pass to this function.
 * @returns        path to the destination directory
 */
function extract7z(file, dest, _7zPath) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        ok(IS_WINDOWS, 'extract7z() not supported on current OS');
        ok(file, 'parameter "file" is required');
        dest = yield _createExtractFolder(dest);
        const originalCwd = process.cwd();
        process.chdir(dest);
        if (_7zPath) {
            try {
                const logLevel = core.isDebug() ? '-bb1' : '-bb0';
                const args = [
                    'x', // eXtract files with full paths
                    logLevel, // -bb[0-3] : set output log level
                    '-bd', // disable progress indicator
                    '-sccUTF-8', // set charset for for console input/output
                    file
                ];
                const options = {
                    silent: true
                };
                yield exec(`"${_7zPath}"`, args, options);
            }
            finally {
                process.chdir(originalCwd);
            }
        }
        else {
            const escapedScript = path
                .join(__dirname, '..', 'scripts', 'Invoke-7zdec.ps1')
                .replace(/'/g, "''")
                .replace(/"|\n|\r/g, ''); // double-up single quotes, remove double quotes and newlines
            const escapedFile = file.replace(/'/g, "''").replace(/"|\n|\r/g, '');
            const escapedTarget = dest.replace(/'/g, "''").replace(/"|\n|\r/g, '');
            const command = `& '${escapedScript}' -Source '${escapedFile}' -Target '${escapedTarget}'`;
            const args = [
                '-NoLogo',
                '-Sta',
                '-NoProfile',
                '-NonInteractive',
                '-ExecutionPolicy',
                'Unrestricted',
                '-Command',
                command
            ];
            const options = {
                silent: true
            };
            try {
                const powershellPath = yield io.which('powershell', true);
                yield exec(`"${powershellPath}"`, args, options);
            }
            finally {
                process.chdir(originalCwd);
            }
        }
        return dest;
    });
}
/**
 * Extract a compressed tar archive
 *
 * @param file     path to the tar
 * @param dest     destination directory. Optional.
 * @param flags    flags for the tar command to use for extraction. Defaults to 'xz' (extracting gzipped tars). Optional.
 * @returns        path to the destination directory
 */
function extractTar(file_1, dest_1) {
    return tool_cache_awaiter(this, arguments, void 0, function* (file, dest, flags = 'xz') {
        if (!file) {
            throw new Error("parameter 'file' is required");
        }
        // Create dest
        dest = yield _createExtractFolder(dest);
        // Determine whether GNU tar
        core.debug('Checking tar --version');
        let versionOutput = '';
        yield exec('tar --version', [], {
            ignoreReturnCode: true,
            silent: true,
            listeners: {
                stdout: (data) => (versionOutput += data.toString()),
                stderr: (data) => (versionOutput += data.toString())
            }
        });
        core.debug(versionOutput.trim());
        const isGnuTar = versionOutput.toUpperCase().includes('GNU TAR');
        // Initialize args
        let args;
        if (flags instanceof Array) {
            args = flags;
        }
        else {
            args = [flags];
        }
        if (core.isDebug() && !flags.includes('v')) {
            args.push('-v');
        }
        let destArg = dest;
        let fileArg = file;
        if (IS_WINDOWS && isGnuTar) {
            args.push('--force-local');
            destArg = dest.replace(/\\/g, '/');
            // Technically only the dest needs to have `/` but for aesthetic consistency
            // convert slashes in the file arg too.
            fileArg = file.replace(/\\/g, '/');
        }
        if (isGnuTar) {
            // Suppress warnings when using GNU tar to extract archives created by BSD tar
            args.push('--warning=no-unknown-keyword');
            args.push('--overwrite');
        }
        args.push('-C', destArg, '-f', fileArg);
        yield exec(`tar`, args);
        return dest;
    });
}
/**
 * Extract a xar compatible archive
 *
 * @param file     path to the archive
 * @param dest     destination directory. Optional.
 * @param flags    flags for the xar. Optional.
 * @returns        path to the destination directory
 */
function extractXar(file_1, dest_1) {
    return tool_cache_awaiter(this, arguments, void 0, function* (file, dest, flags = []) {
        ok(IS_MAC, 'extractXar() not supported on current OS');
        ok(file, 'parameter "file" is required');
        dest = yield _createExtractFolder(dest);
        let args;
        if (flags instanceof Array) {
            args = flags;
        }
        else {
            args = [flags];
        }
        args.push('-x', '-C', dest, '-f', file);
        if (core.isDebug()) {
            args.push('-v');
        }
        const xarPath = yield io.which('xar', true);
        yield exec(`"${xarPath}"`, _unique(args));
        return dest;
    });
}
/**
 * Extract a zip
 *
 * @param file     path to the zip
 * @param dest     destination directory. Optional.
 * @returns        path to the destination directory
 */
function extractZip(file, dest) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        if (!file) {
            throw new Error("parameter 'file' is required");
        }
        dest = yield _createExtractFolder(dest);
        if (IS_WINDOWS) {
            yield extractZipWin(file, dest);
        }
        else {
            yield extractZipNix(file, dest);
        }
        return dest;
    });
}
function extractZipWin(file, dest) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        // build the powershell command
        const escapedFile = file.replace(/'/g, "''").replace(/"|\n|\r/g, ''); // double-up single quotes, remove double quotes and newlines
        const escapedDest = dest.replace(/'/g, "''").replace(/"|\n|\r/g, '');
        const pwshPath = yield io.which('pwsh', false);
        //To match the file overwrite behavior on nix systems, we use the overwrite = true flag for ExtractToDirectory
        //and the -Force flag for Expand-Archive as a fallback
        if (pwshPath) {
            //attempt to use pwsh with ExtractToDirectory, if this fails attempt Expand-Archive
            const pwshCommand = [
                `$ErrorActionPreference = 'Stop' ;`,
                `try { Add-Type -AssemblyName System.IO.Compression.ZipFile } catch { } ;`,
                `try { [System.IO.Compression.ZipFile]::ExtractToDirectory('${escapedFile}', '${escapedDest}', $true) }`,
                `catch { if (($_.Exception.GetType().FullName -eq 'System.Management.Automation.MethodException') -or ($_.Exception.GetType().FullName -eq 'System.Management.Automation.RuntimeException') ){ Expand-Archive -LiteralPath '${escapedFile}' -DestinationPath '${escapedDest}' -Force } else { throw $_ } } ;`
            ].join(' ');
            const args = [
                '-NoLogo',
                '-NoProfile',
                '-NonInteractive',
                '-ExecutionPolicy',
                'Unrestricted',
                '-Command',
                pwshCommand
            ];
            core.debug(`Using pwsh at path: ${pwshPath}`);
            yield exec(`"${pwshPath}"`, args);
        }
        else {
            const powershellCommand = [
                `$ErrorActionPreference = 'Stop' ;`,
                `try { Add-Type -AssemblyName System.IO.Compression.FileSystem } catch { } ;`,
                `if ((Get-Command -Name Expand-Archive -Module Microsoft.PowerShell.Archive -ErrorAction Ignore)) { Expand-Archive -LiteralPath '${escapedFile}' -DestinationPath '${escapedDest}' -Force }`,
                `else {[System.IO.Compression.ZipFile]::ExtractToDirectory('${escapedFile}', '${escapedDest}', $true) }`
            ].join(' ');
            const args = [
                '-NoLogo',
                '-Sta',
                '-NoProfile',
                '-NonInteractive',
                '-ExecutionPolicy',
                'Unrestricted',
                '-Command',
                powershellCommand
            ];
            const powershellPath = yield io.which('powershell', true);
            core.debug(`Using powershell at path: ${powershellPath}`);
            yield exec(`"${powershellPath}"`, args);
        }
    });
}
function extractZipNix(file, dest) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        const unzipPath = yield io.which('unzip', true);
        const args = [file];
        if (!core.isDebug()) {
            args.unshift('-q');
        }
        args.unshift('-o'); //overwrite with -o, otherwise a prompt is shown which freezes the run
        yield exec(`"${unzipPath}"`, args, { cwd: dest });
    });
}
/**
 * Caches a directory and installs it into the tool cacheDir
 *
 * @param sourceDir    the directory to cache into tools
 * @param tool          tool name
 * @param version       version of the tool.  semver format
 * @param arch          architecture of the tool.  Optional.  Defaults to machine architecture
 */
function cacheDir(sourceDir, tool, version, arch) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        version = semver.clean(version) || version;
        arch = arch || os.arch();
        core.debug(`Caching tool ${tool} ${version} ${arch}`);
        core.debug(`source dir: ${sourceDir}`);
        if (!fs.statSync(sourceDir).isDirectory()) {
            throw new Error('sourceDir is not a directory');
        }
        // Create the tool dir
        const destPath = yield _createToolPath(tool, version, arch);
        // copy each child item. do not move. move can fail on Windows
        // due to anti-virus software having an open handle on a file.
        for (const itemName of fs.readdirSync(sourceDir)) {
            const s = path.join(sourceDir, itemName);
            yield io.cp(s, destPath, { recursive: true });
        }
        // write .complete
        _completeToolPath(tool, version, arch);
        return destPath;
    });
}
/**
 * Caches a downloaded file (GUID) and installs it
 * into the tool cache with a given targetName
 *
 * @param sourceFile    the file to cache into tools.  Typically a result of downloadTool which is a guid.
 * @param targetFile    the name of the file name in the tools directory
 * @param tool          tool name
 * @param version       version of the tool.  semver format
 * @param arch          architecture of the tool.  Optional.  Defaults to machine architecture
 */
function cacheFile(sourceFile, targetFile, tool, version, arch) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        version = semver.clean(version) || version;
        arch = arch || os.arch();
        core.debug(`Caching tool ${tool} ${version} ${arch}`);
        core.debug(`source file: ${sourceFile}`);
        if (!fs.statSync(sourceFile).isFile()) {
            throw new Error('sourceFile is not a file');
        }
        // create the tool dir
        const destFolder = yield _createToolPath(tool, version, arch);
        // copy instead of move. move can fail on Windows due to
        // anti-virus software having an open handle on a file.
        const destPath = path.join(destFolder, targetFile);
        core.debug(`destination file ${destPath}`);
        yield io.cp(sourceFile, destPath);
        // write .complete
        _completeToolPath(tool, version, arch);
        return destFolder;
    });
}
/**
 * Finds the path to a tool version in the local installed tool cache
 *
 * @param toolName      name of the tool
 * @param versionSpec   version of the tool
 * @param arch          optional arch.  defaults to arch of computer
 */
function find(toolName, versionSpec, arch) {
    if (!toolName) {
        throw new Error('toolName parameter is required');
    }
    if (!versionSpec) {
        throw new Error('versionSpec parameter is required');
    }
    arch = arch || external_os_.arch();
    // attempt to resolve an explicit version
    if (!isExplicitVersion(versionSpec)) {
        const localVersions = findAllVersions(toolName, arch);
        const match = evaluateVersions(localVersions, versionSpec);
        versionSpec = match;
    }
    // check for the explicit version in the cache
    let toolPath = '';
    if (versionSpec) {
        versionSpec = node_modules_semver.clean(versionSpec) || '';
        const cachePath = external_path_.join(_getCacheDirectory(), toolName, versionSpec, arch);
        lib_core/* debug */.Yz(`checking cache: ${cachePath}`);
        if (external_fs_.existsSync(cachePath) && external_fs_.existsSync(`${cachePath}.complete`)) {
            lib_core/* debug */.Yz(`Found tool in cache ${toolName} ${versionSpec} ${arch}`);
            toolPath = cachePath;
        }
        else {
            lib_core/* debug */.Yz('not found');
        }
    }
    return toolPath;
}
/**
 * Finds the paths to all versions of a tool that are installed in the local tool cache
 *
 * @param toolName  name of the tool
 * @param arch      optional arch.  defaults to arch of computer
 */
function findAllVersions(toolName, arch) {
    const versions = [];
    arch = arch || external_os_.arch();
    const toolPath = external_path_.join(_getCacheDirectory(), toolName);
    if (external_fs_.existsSync(toolPath)) {
        const children = external_fs_.readdirSync(toolPath);
        for (const child of children) {
            if (isExplicitVersion(child)) {
                const fullPath = external_path_.join(toolPath, child, arch || '');
                if (external_fs_.existsSync(fullPath) && external_fs_.existsSync(`${fullPath}.complete`)) {
                    versions.push(child);
                }
            }
        }
    }
    return versions;
}
function getManifestFromRepo(owner_1, repo_1, auth_1) {
    return tool_cache_awaiter(this, arguments, void 0, function* (owner, repo, auth, branch = 'master') {
        let releases = [];
        const treeUrl = `https://api.github.com/repos/${owner}/${repo}/git/trees/${branch}`;
        const http = new httpm.HttpClient('tool-cache');
        const headers = {};
        if (auth) {
            core.debug('set auth');
            headers.authorization = auth;
        }
        const response = yield http.getJson(treeUrl, headers);
        if (!response.result) {
            return releases;
        }
        let manifestUrl = '';
        for (const item of response.result.tree) {
            if (item.path === 'versions-manifest.json') {
                manifestUrl = item.url;
                break;
            }
        }
        headers['accept'] = 'application/vnd.github.VERSION.raw';
        let versionsRaw = yield (yield http.get(manifestUrl, headers)).readBody();
        if (versionsRaw) {
            // shouldn't be needed but protects against invalid json saved with BOM
            versionsRaw = versionsRaw.replace(/^\uFEFF/, '');
            try {
                releases = JSON.parse(versionsRaw);
            }
            catch (_a) {
                core.debug('Invalid json');
            }
        }
        return releases;
    });
}
function findFromManifest(versionSpec_1, stable_1, manifest_1) {
    return tool_cache_awaiter(this, arguments, void 0, function* (versionSpec, stable, manifest, archFilter = os.arch()) {
        // wrap the internal impl
        const match = yield mm._findMatch(versionSpec, stable, manifest, archFilter);
        return match;
    });
}
function _createExtractFolder(dest) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        if (!dest) {
            // create a temp dir
            dest = path.join(_getTempDirectory(), crypto.randomUUID());
        }
        yield io.mkdirP(dest);
        return dest;
    });
}
function _createToolPath(tool, version, arch) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        const folderPath = path.join(_getCacheDirectory(), tool, semver.clean(version) || version, arch || '');
        core.debug(`destination ${folderPath}`);
        const markerPath = `${folderPath}.complete`;
        yield io.rmRF(folderPath);
        yield io.rmRF(markerPath);
        yield io.mkdirP(folderPath);
        return folderPath;
    });
}
function _completeToolPath(tool, version, arch) {
    const folderPath = path.join(_getCacheDirectory(), tool, semver.clean(version) || version, arch || '');
    const markerPath = `${folderPath}.complete`;
    fs.writeFileSync(markerPath, '');
    core.debug('finished caching tool');
}
/**
 * Check if version string is explicit
 *
 * @param versionSpec      version string to check
 */
function isExplicitVersion(versionSpec) {
    const c = node_modules_semver.clean(versionSpec) || '';
    lib_core/* debug */.Yz(`isExplicit: ${c}`);
    const valid = node_modules_semver.valid(c) != null;
    lib_core/* debug */.Yz(`explicit? ${valid}`);
    return valid;
}
/**
 * Get the highest satisfiying semantic version in `versions` which satisfies `versionSpec`
 *
 * @param versions        array of versions to evaluate
 * @param versionSpec     semantic version spec to satisfy
 */
function evaluateVersions(versions, versionSpec) {
    let version = '';
    lib_core/* debug */.Yz(`evaluating ${versions.length} versions`);
    versions = versions.sort((a, b) => {
        if (node_modules_semver.gt(a, b)) {
            return 1;
        }
        return -1;
    });
    for (let i = versions.length - 1; i >= 0; i--) {
        const potential = versions[i];
        const satisfied = node_modules_semver.satisfies(potential, versionSpec);
        if (satisfied) {
            version = potential;
            break;
        }
    }
    if (version) {
        lib_core/* debug */.Yz(`matched: ${version}`);
    }
    else {
        lib_core/* debug */.Yz('match not found');
    }
    return version;
}
/**
 * Gets RUNNER_TOOL_CACHE
 */
function _getCacheDirectory() {
    const cacheDirectory = process.env['RUNNER_TOOL_CACHE'] || '';
    (0,external_assert_.ok)(cacheDirectory, 'Expected RUNNER_TOOL_CACHE to be defined');
    return cacheDirectory;
}
/**
 * Gets RUNNER_TEMP
 */
function _getTempDirectory() {
    const tempDirectory = process.env['RUNNER_TEMP'] || '';
    ok(tempDirectory, 'Expected RUNNER_TEMP to be defined');
    return tempDirectory;
}
/**
 * Gets a global variable
 */
function _getGlobal(key, defaultValue) {
    /* eslint-disable @typescript-eslint/no-explicit-any */
    const value = global[key];
    /* eslint-enable @typescript-eslint/no-explicit-any */
    return value !== undefined ? value : defaultValue;
}
/**
 * Returns an array of unique values.
 * @param values Values to make unique.
 */
function _unique(values) {
    return Array.from(new Set(values));
}
//# sourceMappingURL=tool-cache.js.map
// EXTERNAL MODULE: ./lib/cleanup.js
var cleanup = __nccwpck_require__(4755);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __nccwpck_require__(452);
// EXTERNAL MODULE: ./lib/install/verify.js
var verify = __nccwpck_require__(3658);
;// CONCATENATED MODULE: ./lib/install/cache.js
// Packer's entries in the runner's tool cache, laid out as @actions/tool-cache lays them out
// (`<tool>/<version>/<arch>` and a `<arch>.complete` marker), so `tc.find` finds them:
//   - the tool name holds the fingerprint of the key that verified the release (`packer-<fingerprint>`):
//     a binary verified with one key is never handed to a run that trusts another;
//   - an entry is filled in a staging folder on the tool cache's own filesystem, renamed into place
//     whole, and only then marked complete: no run ever sees a half-written binary;
//   - a record of the binary's size and SHA-256 sits inside the entry; every use compares size and
//     stamp (inode, mtime, ctime) with it, and hashes the binary again when they differ or when the
//     last hash is a week old.










/** Inside each entry, next to the binary; a name no release zip uses. */
const RECORD_FILE = '.packer-image-action.json';
/**
 * A changed stamp reveals every change made through the filesystem: writing moves mtime and ctime,
 * and ctime cannot be set back. What it cannot reveal (a disk's silent corruption, a write to the
 * raw device) is caught by hashing again once a week, about 0.2 s for Packer's 100 MB.
 */
const REHASH_AFTER_MS = 7 * 24 * 60 * 60 * 1000;
/** Staging folders older than this belong to installs that were killed: an install takes seconds. */
const STALE_AFTER_MS = 60 * 60 * 1000;
const STAGING_PREFIX = '.install-';
const DISCARDED_PREFIX = '.discarded-';
/** What rename() says on the runner's OSes when another job put the entry in place first. */
const TAKEN_CODES = new Set(['ENOTEMPTY', 'EEXIST', 'EPERM', 'EISDIR']);
/** `packer-<fingerprint>`; the version cannot carry it, as tool-cache drops `+build` from versions. */
function toolName(fingerprint) {
    return `packer-${fingerprint}`;
}
/** The entry's folder if tool-cache considers it complete, else undefined. */
function findEntry({ tool, version, arch }) {
    return find(tool, version, arch) || undefined;
}
function toolCacheRoot() {
    const root = process.env.RUNNER_TOOL_CACHE;
    if (!root)
        throw new Error('RUNNER_TOOL_CACHE is not set: the runner sets it for every job.');
    return root;
}
/** Where tool-cache keeps the entry (it cleans the version with semver.clean). */
function entryDir({ tool, version, arch }) {
    return external_node_path_.join(toolCacheRoot(), tool, node_modules_semver.clean(version) ?? version, arch);
}
/**
 * Checks the binary `file` of the entry in `dir` against the entry's record: its size and stamp on
 * every call, its SHA-256 when they differ or the last hash is due. `sha256`, when given, is the
 * digest the caller expects (the binary it verified itself).
 */
async function checkEntry(dir, file, sha256, now = Date.now()) {
    const record = readRecord(dir);
    if (record === undefined) {
        return {
            trusted: false,
            problem: `it has no readable ${RECORD_FILE} (its install was cut short)`,
        };
    }
    if (sha256 !== undefined && record.sha256 !== sha256) {
        return { trusted: false, problem: `it holds another binary (SHA-256 ${record.sha256})` };
    }
    const binary = external_node_path_.join(dir, file);
    let stats;
    try {
        stats = statStamp(binary);
    }
    catch (error) {
        return { trusted: false, problem: `its ${file} cannot be read (${(0,errors/* errorMessage */.gJ)(error)})` };
    }
    if (stats.size !== record.size) {
        return {
            trusted: false,
            problem: `its ${file} is ${stats.size} bytes, but ${record.size} were installed`,
        };
    }
    if (process.platform !== 'win32' && (stats.mode & 0o111) === 0) {
        return { trusted: false, problem: `its ${file} is not executable any more` };
    }
    const changed = !sameStamp(stats.stamp, record.stamp);
    const hashedAt = Date.parse(record.hashedAt);
    const due = !(now - hashedAt < REHASH_AFTER_MS && hashedAt <= now);
    if (!changed && !due)
        return { trusted: true };
    const actual = await (0,verify/* sha256OfFile */.V)(binary);
    if (actual !== record.sha256) {
        return {
            trusted: false,
            problem: `the SHA-256 of its ${file} is ${actual}, but ${record.sha256} was installed`,
        };
    }
    const why = changed
        ? 'its timestamps changed since it was installed'
        : `it was last hashed on ${record.hashedAt}`;
    lib_core/* info */.pq(`Hashed ${binary} again (${why}): it is the binary that was installed`);
    await writeRecordQuietly(dir, {
        ...record,
        stamp: stats.stamp,
        hashedAt: new Date(now).toISOString(),
    });
    return { trusted: true };
}
/**
 * Records the entry's binary in `dir` (a staging folder: the stamp survives the rename into place,
 * which changes nothing about the file itself).
 */
async function writeRecord(dir, record, now = Date.now()) {
    const { stamp, size } = statStamp(external_node_path_.join(dir, record.file));
    if (size !== record.size) {
        throw new Error(`${record.file} is ${size} bytes on disk, but ${record.size} were extracted.`);
    }
    await (0,promises_.writeFile)(external_node_path_.join(dir, RECORD_FILE), `${JSON.stringify({ ...record, stamp, hashedAt: new Date(now).toISOString() }, null, 2)}\n`);
}
/** A new folder to fill, on the tool cache's filesystem so that placing it is a rename. */
async function makeStagingDir(key) {
    const toolDir = external_node_path_.join(toolCacheRoot(), key.tool);
    const prefix = external_node_path_.join(toolDir, `${STAGING_PREFIX}${key.version}-${key.arch}-`);
    await (0,promises_.mkdir)(toolDir, { recursive: true });
    try {
        return await (0,promises_.mkdtemp)(prefix);
    }
    catch (error) {
        // Another job's failed install removed the tool's folder, empty, in between.
        if (error.code !== 'ENOENT')
            throw error;
        await (0,promises_.mkdir)(toolDir, { recursive: true });
        return (0,promises_.mkdtemp)(prefix);
    }
}
/** Removes the tool's folder if a failed install left it empty: a failure leaves nothing behind. */
async function removeToolDirIfEmpty(tool) {
    await (0,promises_.rmdir)(external_node_path_.join(toolCacheRoot(), tool)).catch(() => undefined);
}
/**
 * Renames the filled `staging` folder into the entry's place and marks it complete. When another job
 * was first (the place is taken), its entry is used if it holds the same binary (`sha256`), and
 * replaced if it is damaged. Returns the entry's folder; `staging` is gone either way but on error.
 */
async function placeEntry(staging, key, file, sha256) {
    const dir = entryDir(key);
    await (0,promises_.mkdir)(external_node_path_.dirname(dir), { recursive: true });
    try {
        await (0,promises_.rename)(staging, dir);
        await markComplete(dir);
        return { dir, raced: false };
    }
    catch (error) {
        if (!(await isTaken(error, dir)))
            throw error;
    }
    const check = await checkEntry(dir, file, sha256);
    if (check.trusted) {
        lib_core/* info */.pq(`Another job installed ${dir} at the same time: using that, the same binary`);
        await markComplete(dir);
        await (0,cleanup/* removeQuietly */.S)(staging, 'the staging folder');
        return { dir, raced: true };
    }
    lib_core/* warning */.$e(`Replacing the tool cache entry ${dir}: ${check.problem}.`);
    await discardEntry(dir);
    await (0,promises_.rename)(staging, dir);
    await markComplete(dir);
    return { dir, raced: false };
}
async function isTaken(error, dir) {
    const code = error?.code;
    if (code === undefined || !TAKEN_CODES.has(code))
        return false;
    return (0,promises_.stat)(dir).then((stats) => stats.isDirectory(), () => false);
}
/** tool-cache's marker: `tc.find` returns an entry only once it exists. */
async function markComplete(dir) {
    await (0,promises_.writeFile)(`${dir}.complete`, '');
}
/**
 * Takes a damaged entry out of use: first its marker (no run finds it any more), then the folder,
 * moved aside at once and removed (a job may still run the old binary; on Windows that holds it).
 */
async function discardEntry(dir) {
    await (0,promises_.rm)(`${dir}.complete`, { force: true });
    const aside = external_node_path_.join(external_node_path_.dirname(external_node_path_.dirname(dir)), `${DISCARDED_PREFIX}${external_node_path_.basename(external_node_path_.dirname(dir))}-${external_node_path_.basename(dir)}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`);
    try {
        await (0,promises_.rename)(dir, aside);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return;
        throw new Error(`Could not move the damaged tool cache entry ${dir} aside (${(0,errors/* errorMessage */.gJ)(error)}): delete it by hand and re-run.`, { cause: error });
    }
    await (0,cleanup/* removeQuietly */.S)(aside, 'the damaged tool cache entry');
}
/** Removes staging and discarded folders that killed installs left in `tool`'s folder. */
async function sweepStale(tool, now = Date.now()) {
    const toolDir = external_node_path_.join(toolCacheRoot(), tool);
    let names;
    try {
        names = await (0,promises_.readdir)(toolDir);
    }
    catch {
        return;
    }
    for (const name of names) {
        if (!name.startsWith(STAGING_PREFIX) && !name.startsWith(DISCARDED_PREFIX))
            continue;
        const folder = external_node_path_.join(toolDir, name);
        const modified = await (0,promises_.stat)(folder).then((stats) => stats.mtimeMs, () => now);
        if (now - modified > STALE_AFTER_MS)
            await (0,cleanup/* removeQuietly */.S)(folder, 'the abandoned folder');
    }
}
// statStamp and readRecord are synchronous: on a cache hit they are the only file reads between
// tc.find (synchronous itself, on the same folder, so a hung filesystem hangs there first) and
// Packer's start, and the thread pool that asynchronous reads start costs more than they do.
function statStamp(file) {
    const stats = (0,external_node_fs_.statSync)(file, { bigint: true });
    return {
        size: Number(stats.size),
        mode: Number(stats.mode),
        stamp: {
            ino: stats.ino.toString(),
            mtimeNs: stats.mtimeNs.toString(),
            ctimeNs: stats.ctimeNs.toString(),
        },
    };
}
function sameStamp(a, b) {
    return a.ino === b.ino && a.mtimeNs === b.mtimeNs && a.ctimeNs === b.ctimeNs;
}
function readRecord(dir) {
    try {
        const record = JSON.parse((0,external_node_fs_.readFileSync)(external_node_path_.join(dir, RECORD_FILE), 'utf8'));
        return isRecord(record) ? record : undefined;
    }
    catch {
        return undefined;
    }
}
function isRecord(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const record = value;
    return (typeof record.size === 'number' &&
        typeof record.sha256 === 'string' &&
        typeof record.hashedAt === 'string' &&
        typeof record.stamp?.ino === 'string' &&
        typeof record.stamp.mtimeNs === 'string' &&
        typeof record.stamp.ctimeNs === 'string');
}
/** Replaces the record atomically; a read-only tool cache only means hashing again next time. */
async function writeRecordQuietly(dir, record) {
    const temporary = external_node_path_.join(dir, `${RECORD_FILE}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`);
    try {
        await (0,promises_.writeFile)(temporary, `${JSON.stringify(record, null, 2)}\n`);
        await (0,promises_.rename)(temporary, external_node_path_.join(dir, RECORD_FILE));
    }
    catch (error) {
        lib_core/* debug */.Yz(`Could not update ${external_node_path_.join(dir, RECORD_FILE)}: ${(0,errors/* errorMessage */.gJ)(error)}`);
        await (0,promises_.rm)(temporary, { force: true }).catch(() => undefined);
    }
}


/***/ }),

/***/ 811:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fx: () => (/* binding */ parseInstallLimits),
/* harmony export */   OZ: () => (/* binding */ LIMIT_VARIABLES),
/* harmony export */   dR: () => (/* binding */ DEFAULT_LIMITS)
/* harmony export */ });
/* unused harmony export EnvironmentVariableError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(452);
// How long installing Packer may wait, from environment variables (seconds) with safe defaults. The
// defaults make a dead releases site fail the run in about a minute and a half: each fetch tries
// three times, each try waits at most CONNECT + IDLE seconds for a first byte, with 1 s and 2 s in
// between (3 × (10 + 20) + 3 = 93 s).

/** Each limit, the environment variable that sets it (in seconds) and its default. */
const LIMIT_VARIABLES = {
    connectTimeoutMs: { name: 'PACKER_ACTION_CONNECT_TIMEOUT', seconds: 10 },
    idleTimeoutMs: { name: 'PACKER_ACTION_IDLE_TIMEOUT', seconds: 20 },
    downloadTimeoutMs: { name: 'PACKER_ACTION_DOWNLOAD_TIMEOUT', seconds: 300 },
    versionTimeoutMs: { name: 'PACKER_ACTION_VERSION_TIMEOUT', seconds: 60 },
    signatureTimeoutMs: { name: 'PACKER_ACTION_SIGNATURE_TIMEOUT', seconds: 60 },
};
const MAX_SECONDS = 24 * 60 * 60;
/** A bad value in an environment variable the action reads: reported like an input problem. */
class EnvironmentVariableError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz {
    constructor(name, value, allowed) {
        super(name, value, allowed);
        this.name = 'EnvironmentVariableError';
        this.message = `Environment variable ${name} is '${value}': ${allowed}`;
    }
}
/**
 * Reads every limit; an unset or empty variable means its default. Like the inputs, every bad value
 * is reported, each as an EnvironmentVariableError, and its default used meanwhile.
 */
function parseInstallLimits(env) {
    const problems = [];
    const limits = Object.fromEntries(Object.entries(LIMIT_VARIABLES).map(([key, { name, seconds }]) => {
        const value = env[name]?.trim() ?? '';
        if (value === '')
            return [key, seconds * 1000];
        const parsed = /^\d+(\.\d+)?$/.test(value) ? Number(value) : Number.NaN;
        if (!(parsed > 0 && parsed <= MAX_SECONDS)) {
            problems.push(new EnvironmentVariableError(name, value, `must be a number of seconds above 0 and at most ${MAX_SECONDS} (default ${seconds})`));
            return [key, seconds * 1000];
        }
        return [key, Math.ceil(parsed * 1000)];
    }));
    return { limits, problems };
}
/** The limits when no variable is set. */
const DEFAULT_LIMITS = parseInstallLimits({}).limits;


/***/ }),

/***/ 6012:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   X7: () => (/* binding */ hashicorpTarget),
/* harmony export */   fW: () => (/* binding */ binaryName),
/* harmony export */   s9: () => (/* binding */ chooseBuild)
/* harmony export */ });
const OS_NAMES = {
    linux: 'linux',
    darwin: 'darwin',
    win32: 'windows',
};
const ARCH_NAMES = {
    x64: 'amd64',
    arm64: 'arm64',
    ia32: '386',
    arm: 'arm',
};
/** Maps `process.platform`/`process.arch` to HashiCorp's names; throws for runners it cannot serve. */
function hashicorpTarget(platform, arch) {
    const os = Object.hasOwn(OS_NAMES, platform) ? OS_NAMES[platform] : undefined;
    if (os === undefined) {
        throw new Error(`This action cannot install Packer on a '${platform}' runner: it supports Linux, macOS and Windows runners.`);
    }
    const hashicorpArch = Object.hasOwn(ARCH_NAMES, arch) ? ARCH_NAMES[arch] : undefined;
    if (hashicorpArch === undefined) {
        throw new Error(`This action cannot install Packer on a '${arch}' CPU: it supports x64, arm64, ia32 and arm runners.`);
    }
    return { os, arch: hashicorpArch };
}
/** The executable's file name inside the release zip. */
function binaryName(os) {
    return os === 'windows' ? 'packer.exe' : 'packer';
}
/**
 * Builds a runner can run when HashiCorp ships none for its own CPU: Windows on Arm runs x64
 * programs under its built-in emulation, and macOS on Apple silicon runs them under Rosetta 2.
 * Linux on Arm has no such emulation by default, so it gets no fallback.
 */
const FALLBACKS = [
    {
        platform: 'win32',
        arch: 'arm64',
        target: { os: 'windows', arch: 'amd64' },
        why: 'Windows on Arm runs it under x64 emulation',
    },
    {
        platform: 'darwin',
        arch: 'arm64',
        target: { os: 'darwin', arch: 'amd64' },
        why: 'macOS runs it under Rosetta 2, which must be installed',
    },
];
/**
 * The build of `release` for a runner (`process.platform`/`process.arch`): its own if shipped, else
 * one it runs under emulation. Throws, listing what is shipped, when there is neither.
 */
function chooseBuild(release, platform, arch) {
    const native = hashicorpTarget(platform, arch);
    const shipped = (target) => release.builds.some((build) => build.os === target.os && build.arch === target.arch);
    if (shipped(native))
        return { target: native };
    for (const fallback of FALLBACKS) {
        if (fallback.platform === platform && fallback.arch === arch && shipped(fallback.target)) {
            const { os, arch: fallbackArch } = fallback.target;
            return {
                target: fallback.target,
                fallback: `HashiCorp ships no ${native.os}/${native.arch} build of Packer ${release.version}: ` +
                    `installing the ${os}/${fallbackArch} build, as ${fallback.why}`,
            };
        }
    }
    const builds = release.builds.map((b) => `${b.os}/${b.arch}`).sort();
    throw new Error(`HashiCorp does not ship Packer ${release.version} for ${native.os}/${native.arch} ` +
        `(it ships: ${builds.length > 0 ? builds.join(', ') : 'nothing'}). ` +
        `Choose another packer-version or another runner.`);
}


/***/ }),

/***/ 1065:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   KO: () => (/* binding */ fetchReleaseIndex),
/* harmony export */   Pl: () => (/* binding */ releaseFileUrl),
/* harmony export */   Qh: () => (/* binding */ releasesSite),
/* harmony export */   Vy: () => (/* binding */ sumsFileNames),
/* harmony export */   d0: () => (/* binding */ zipFileName),
/* harmony export */   l7: () => (/* binding */ releaseOf),
/* harmony export */   x: () => (/* binding */ resolveVersion)
/* harmony export */ });
/* unused harmony export releaseIndexUrl */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2088);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(452);
// HashiCorp's release index (`<releases-url>/packer/index.json`) and where each release file lives.


/** `releasesUrl` has no trailing slash, as `Inputs.releasesUrl` guarantees. */
function releaseIndexUrl(releasesUrl) {
    return `${releasesUrl}/packer/index.json`;
}
/** A file of one release, addressed from the base URL alone. */
function releaseFileUrl(releasesUrl, version, fileName) {
    return `${releasesUrl}/packer/${encodeURIComponent(version)}/${encodeURIComponent(fileName)}`;
}
/** HashiCorp's name for a release zip; the index's own names and URLs are not trusted. */
function zipFileName(version, target) {
    return `packer_${version}_${target.os}_${target.arch}.zip`;
}
/** HashiCorp's names for a release's checksums file and its detached signature. */
function sumsFileNames(version) {
    const shasums = `packer_${version}_SHA256SUMS`;
    return { shasums, signature: `${shasums}.sig` };
}
/**
 * The index key `spec` selects. `latest` and ranges pick the highest release that is not a prerelease;
 * a prerelease is chosen only when asked for exactly.
 */
function resolveVersion(index, spec, releasesUrl) {
    const versions = Object.keys(index.versions).filter((key) => semver__WEBPACK_IMPORTED_MODULE_0__.valid(key) !== null);
    const stable = versions.filter((version) => semver__WEBPACK_IMPORTED_MODULE_0__.prerelease(version) === null);
    const found = findVersion(versions, stable, spec);
    if (found !== undefined) {
        return found;
    }
    const newest = semver__WEBPACK_IMPORTED_MODULE_0__.rsort(stable.length > 0 ? stable : versions)[0];
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('packer-version', specText(spec), `no such version in ${releaseIndexUrl(releasesUrl)}; ` +
        (newest === undefined ? 'it lists no versions' : `newest is ${newest}`));
}
function findVersion(versions, stable, spec) {
    switch (spec.kind) {
        case 'latest':
            return semver__WEBPACK_IMPORTED_MODULE_0__.rsort([...stable])[0];
        case 'range':
            return semver__WEBPACK_IMPORTED_MODULE_0__.validRange(spec.range) === null
                ? undefined
                : (semver__WEBPACK_IMPORTED_MODULE_0__.maxSatisfying(stable, spec.range) ?? undefined);
        case 'exact': {
            const wanted = semver__WEBPACK_IMPORTED_MODULE_0__.clean(spec.version);
            return wanted === null ? undefined : versions.find((version) => semver__WEBPACK_IMPORTED_MODULE_0__.eq(version, wanted));
        }
    }
}
function specText(spec) {
    switch (spec.kind) {
        case 'latest':
            return 'latest';
        case 'range':
            return spec.range;
        case 'exact':
            return spec.version;
    }
}
/**
 * Fetches and minimally checks the release index; every failure names the `releases-url` input.
 * Through the install's downloader, like the release files: bounded, retried, proxy-aware.
 */
async function fetchReleaseIndex(releasesUrl, downloader) {
    const url = releaseIndexUrl(releasesUrl);
    const fix = `Check the releases-url input ('${releasesUrl}'): ${RELEASES_LAYOUT}.`;
    const text = (await downloader.bytes(url)).toString('utf8');
    let body;
    try {
        body = JSON.parse(text);
    }
    catch (error) {
        throw new Error(`${url} is not valid JSON (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}). ${fix}`, { cause: error });
    }
    if (!isReleaseIndex(body)) {
        throw new Error(`${url} is not a release index: it has no "versions" object. ${fix}`);
    }
    return body;
}
/** What a releases site must serve; said in every error about one. */
const RELEASES_LAYOUT = "it must serve HashiCorp's releases layout (<releases-url>/packer/index.json), like " +
    'https://releases.hashicorp.com or a mirror of it';
function isReleaseIndex(body) {
    if (typeof body !== 'object' || body === null || !('versions' in body)) {
        return false;
    }
    return typeof body.versions === 'object' && body.versions !== null;
}
/**
 * The index's entry for `version`, checked to be a release with a list of builds: a mirror's index
 * may hold `null` or a stub there.
 */
function releaseOf(index, version, releasesUrl) {
    const indexUrl = releaseIndexUrl(releasesUrl);
    const entry = Object.hasOwn(index.versions, version)
        ? index.versions[version]
        : undefined;
    if (entry === undefined) {
        throw new Error(`Packer ${version} is not listed in ${indexUrl}.`);
    }
    if (!isRelease(entry)) {
        throw new Error(`${indexUrl} lists Packer ${version} as ${describeJson(entry)}, not as a release with a ` +
            "list of builds: the index is damaged or not HashiCorp's. Fix the mirror at releases-url, or " +
            'choose another packer-version.');
    }
    return entry;
}
function isRelease(entry) {
    if (typeof entry !== 'object' || entry === null || !('builds' in entry))
        return false;
    const { builds } = entry;
    return (Array.isArray(builds) &&
        builds.every((build) => typeof build === 'object' &&
            build !== null &&
            'os' in build &&
            'arch' in build &&
            typeof build.os === 'string' &&
            typeof build.arch === 'string'));
}
function describeJson(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'an object without a "builds" list of {os, arch}';
    return `${typeof value} ${JSON.stringify(value)}`;
}
/** Splits the credentials off a parsed releases-url (decoded, as Basic auth sends them). */
function releasesSite(url) {
    const bare = new URL(url.href);
    bare.username = '';
    bare.password = '';
    const credentials = url.username === '' && url.password === ''
        ? undefined
        : { username: decoded(url.username), password: decoded(url.password) };
    return { url: bare.href.replace(/\/+$/, ''), credentials };
}
/** Percent-decoded, or as given when it is not valid percent-encoding. */
function decoded(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
/** `url` without `user:password@`, for messages. */
function redactUrl(url) {
    try {
        const parsed = new URL(url);
        if (parsed.username === '' && parsed.password === '')
            return url;
        parsed.username = '';
        parsed.password = '';
        return parsed.href;
    }
    catch {
        return url.replace(/\/\/[^/@]*@/, '//');
    }
}


/***/ }),

/***/ 3658:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ parseSha256Sums),
/* harmony export */   V: () => (/* binding */ sha256OfFile)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6466);
// Checks on downloaded release files: SHA256SUMS read, and a file's SHA256 (the signature of
// SHA256SUMS is signature.ts's).



const SUMS_LINE = /^([0-9a-fA-F]{64}) [ *](.+)$/;
/** Parses `sha256sum` output (`<hex>  <file>`, or `<hex> *<file>`) into file name → lower-case digest. */
function parseSha256Sums(text) {
    const sums = new Map();
    for (const [index, line] of text.split(/\r?\n/).entries()) {
        if (line.trim() === '') {
            continue;
        }
        const match = SUMS_LINE.exec(line);
        if (match?.[1] === undefined || match[2] === undefined) {
            throw new Error(`Line ${index + 1} of SHA256SUMS is not '<sha256>  <file name>': '${line}'`);
        }
        sums.set(match[2], match[1].toLowerCase());
    }
    return sums;
}
/** Lower-case hex SHA256 of a file, read as a stream. */
async function sha256OfFile(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path), hash);
    return hash.digest('hex');
}


/***/ }),

/***/ 537:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   lastResort: () => (/* binding */ lastResort)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6058);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(452);
// What both entries do with an error nothing else caught: one `::error::` line, exit code 1.


function lastResort(error) {
    process.exitCode = 1;
    try {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`Unexpected error: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`);
    }
    catch {
        process.stdout.write(`::error::Unexpected error: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}\n`);
    }
}


/***/ }),

/***/ 1902:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var lib_core = __nccwpck_require__(6058);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: ./lib/report/log.js
var log = __nccwpck_require__(9820);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __nccwpck_require__(452);
;// CONCATENATED MODULE: ./lib/aws/endpoint.js
// The loopback endpoint Packer's AWS SDK takes its credentials from: the SDKs' container-credentials
// provider (AWS_CONTAINER_CREDENTIALS_FULL_URI, which the SDKs accept on a loopback host only, and
// AWS_CONTAINER_AUTHORIZATION_TOKEN, sent verbatim as the Authorization header). It answers only a
// request that carries the token, with the current session, so Packer's environment holds no key.



const CREDENTIALS_PATH = '/credentials';
/** A request (its headers and all) is answered or dropped within this: every wait is bounded. */
const REQUEST_TIMEOUT_MILLISECONDS = 10_000;
/** A new random token: 256 bits, URL-safe. */
function newEndpointToken() {
    return (0,external_node_crypto_.randomBytes)(32).toString('base64url');
}
/** Compares in constant time whatever the lengths, so that timing tells nothing about the token. */
function sameToken(given, token) {
    const digest = (text) => (0,external_node_crypto_.createHash)('sha256').update(text).digest();
    return (0,external_node_crypto_.timingSafeEqual)(digest(given), digest(token));
}
async function answer(request, options) {
    const refusal = (status, code, message) => ({
        status,
        body: { code, message },
    });
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (pathname !== CREDENTIALS_PATH)
        return refusal(404, 'NotFound', `No ${pathname} here`);
    if (request.method !== 'GET') {
        return refusal(405, 'MethodNotAllowed', `${request.method} is not allowed: use GET`);
    }
    const authorization = request.headers.authorization;
    if (authorization === undefined || authorization === '') {
        return refusal(401, 'Unauthorized', 'The Authorization header is missing');
    }
    if (!sameToken(authorization, options.token)) {
        return refusal(403, 'Forbidden', 'The Authorization header does not hold the token');
    }
    try {
        const credentials = await options.credentials();
        return {
            status: 200,
            body: {
                AccessKeyId: credentials.accessKeyId,
                SecretAccessKey: credentials.secretAccessKey,
                Token: credentials.sessionToken,
                Expiration: credentials.expiration.toISOString(),
            },
        };
    }
    catch (error) {
        return refusal(503, 'CredentialsUnavailable', (0,errors/* errorMessage */.gJ)(error));
    }
}
/**
 * Listens on an ephemeral port of 127.0.0.1. The server never keeps the process alive: the action
 * ends when its work is done, whatever a client keeps open.
 */
async function startCredentialsEndpoint(options) {
    let served = 0;
    let refused = 0;
    const server = external_node_http_.createServer((request, response) => {
        // The body is not read: a GET has none worth reading.
        request.resume();
        answer(request, options)
            .catch((error) => ({
            status: 400,
            body: { code: 'BadRequest', message: (0,errors/* errorMessage */.gJ)(error) },
        }))
            .then(({ status, body }) => {
            if (status === 200)
                served++;
            else {
                refused++;
                options.onRefused?.(status, body.message ?? '');
            }
            response.writeHead(status, {
                'content-type': 'application/json',
                'cache-control': 'no-store',
            });
            response.end(JSON.stringify(body));
        });
    });
    server.requestTimeout = REQUEST_TIMEOUT_MILLISECONDS;
    server.headersTimeout = REQUEST_TIMEOUT_MILLISECONDS;
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            server.off('error', reject);
            resolve();
        });
    });
    server.unref();
    const { port } = server.address();
    return {
        url: `http://127.0.0.1:${port}${CREDENTIALS_PATH}`,
        get served() {
            return served;
        },
        get refused() {
            return refused;
        },
        close: () => new Promise((resolve) => {
            server.close(() => resolve());
            // Kept-alive connections (the Go SDK keeps them) would hold close() back.
            server.closeAllConnections();
        }),
    };
}

// EXTERNAL MODULE: ./lib/aws/environment.js
var aws_environment = __nccwpck_require__(1008);
;// CONCATENATED MODULE: ./lib/aws/packer-credentials.js
// What a Packer run gets to reach AWS. With a role assumed: a runner environment in which nothing can
// take precedence over the role (src/aws/environment.ts), and for each run that needs AWS the loopback
// endpoint with its token, or, for a Packer too old to read it, the keys themselves. Without a role:
// the region, and whatever credentials the runner has. Free of the AWS SDK.






const NOTHING = { env: {}, close: async () => { } };
async function packerAws(options) {
    const region = (0,aws_environment/* packerRegionEnvironment */.Sk)(options.region);
    const { credentials } = options;
    if (credentials === undefined) {
        return {
            source: 'runner',
            environment: (runner) => ({ ...runner, ...region }),
            open: async () => NOTHING,
        };
    }
    const emptyFile = external_node_path_.join(options.workDir, 'aws-empty-config');
    await (0,promises_.writeFile)(emptyFile, '', { mode: 0o400 });
    const environment = (runner) => ({
        ...(0,aws_environment/* withoutRunnerCredentials */.DV)(runner, emptyFile),
        ...region,
    });
    if (!(0,aws_environment/* readsCredentialsEndpoint */.rf)(options.packerVersion)) {
        return {
            source: 'environment',
            environment,
            open: async () => ({ ...NOTHING, env: (0,aws_environment/* staticKeysEnvironment */.gn)(await credentials.current()) }),
        };
    }
    const token = newEndpointToken();
    lib_core/* setSecret */.Pq(token);
    return { source: 'endpoint', environment, open: () => serveToPacker(credentials, token) };
}
async function serveToPacker(credentials, token) {
    const endpoint = await startCredentialsEndpoint({
        token,
        credentials: () => credentials.current(),
        // This runs while Packer's output is shown with workflow commands stopped.
        onRefused: (status, reason) => (0,log/* issueCommand */.Lb)(() => lib_core/* warning */.$e(`The AWS credentials endpoint refused a request (${status}): ${reason}`)),
    });
    return {
        env: (0,aws_environment/* endpointEnvironment */.NO)(endpoint.url, token),
        close: async () => {
            await endpoint.close();
            const { served, refused } = endpoint;
            if (served + refused === 0)
                return;
            lib_core/* info */.pq(`The AWS credentials endpoint answered Packer ${served} time${served === 1 ? '' : 's'}` +
                (refused > 0 ? ` and refused ${refused} request${refused === 1 ? '' : 's'}` : '') +
                '; it is closed.');
        },
    };
}

;// CONCATENATED MODULE: ./lib/cancel.js
// What the runner does on cancel, as the action sees it. Linux and macOS: SIGINT, SIGTERM 7.5 s later,
// then SIGKILL 2.5 s after that (to the action's process only). Windows: Ctrl-C, then Ctrl-Break
// (SIGINT, then SIGBREAK). The first signal asks the action to stop; a second one means the time is
// up: report what is known and leave.
function cancelSignals(platform) {
    return platform === 'win32' ? ['SIGINT', 'SIGTERM', 'SIGBREAK'] : ['SIGINT', 'SIGTERM'];
}
class Cancellation {
    source;
    signals;
    now;
    seen = [];
    listeners = new Set();
    requestedController = new AbortController();
    timeUpController = new AbortController();
    handler = (signal) => this.receive(signal);
    constructor(source, signals, now) {
        this.source = source;
        this.signals = signals;
        this.now = now;
        for (const signal of signals)
            source.on(signal, this.handler);
    }
    /**
     * Takes over SIGINT and SIGTERM (and SIGBREAK on Windows) from Node's default, which would end
     * the action at once.
     */
    static listen(source = process, platform = process.platform, now = Date.now) {
        return new Cancellation(source, cancelSignals(platform), now);
    }
    /** The signals received so far, in order. */
    get received() {
        return this.seen;
    }
    get requested() {
        return this.seen.length > 0;
    }
    /** Aborted at the first signal: stop starting anything new. */
    get requestedSignal() {
        return this.requestedController.signal;
    }
    /** Aborted at the second signal: stop waiting for anything. */
    get timeUpSignal() {
        return this.timeUpController.signal;
    }
    /** Calls `listener` with each signal as it comes; returns what unsubscribes it. */
    onSignal(listener) {
        this.listeners.add(listener);
        return () => this.listeners.delete(listener);
    }
    /** Gives the signals back to Node's default handling. */
    dispose() {
        for (const signal of this.signals)
            this.source.off(signal, this.handler);
        this.listeners.clear();
    }
    receive(signal) {
        const received = { signal, at: this.now() };
        this.seen.push(received);
        if (this.seen.length === 1)
            this.requestedController.abort(signal);
        else
            this.timeUpController.abort(signal);
        for (const listener of this.listeners)
            listener(received, this.seen.length);
    }
}
/** Thrown when a step was abandoned because the action was asked to stop. */
class Cancelled extends Error {
}
/** `SIGINT`, or `SIGINT, then SIGTERM 7.5 s later`. */
function describeSignals(received) {
    const [first, ...rest] = received;
    if (first === undefined)
        return 'no signal';
    return [
        first.signal,
        ...rest.map(({ signal, at }) => `then ${signal} ${((at - first.at) / 1000).toFixed(1)} s later`),
    ].join(', ');
}
/**
 * Settles with `work`, or rejects with `reason()` as soon as `signal` aborts: for steps that can
 * simply be abandoned (a download, an STS call) because nothing they leave is half-written.
 */
function abandonOnAbort(work, signal, reason) {
    if (signal.aborted)
        return Promise.reject(reason());
    return new Promise((resolve, reject) => {
        const abort = () => reject(reason());
        signal.addEventListener('abort', abort, { once: true });
        work.then((value) => {
            signal.removeEventListener('abort', abort);
            resolve(value);
        }, (error) => {
            signal.removeEventListener('abort', abort);
            reject(error);
        });
    });
}

// EXTERNAL MODULE: ./lib/aws/validation.js
var validation = __nccwpck_require__(4894);
;// CONCATENATED MODULE: ./lib/packer/template.js
// What a legacy JSON template says before Packer runs it: which of its builds make AMIs, and in
// which regions when the template names them literally. HCL2 templates need Packer to evaluate them,
// and Packer 1.6.6's `inspect` prints no builds for HCL2, so for those nothing is known before the
// build.

/** Builders whose artifact is an AMI id per region (`region:ami-…`). */
const AMI_BUILDERS = new Set([
    'amazon-ebs',
    'amazon-chroot',
    'amazon-ebssurrogate',
    'amazon-instance',
]);
/**
 * The AMI-making builds of a legacy JSON template that `packer build` runs with these `only` and
 * `except` names (legacy JSON matches them exactly); undefined when `text` is not such a template.
 */
function legacyAmiBuilds(text, only, except) {
    let template;
    try {
        template = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    const builders = template?.builders;
    if (!Array.isArray(builders))
        return undefined;
    return builders
        .filter((builder) => typeof builder.type === 'string' && AMI_BUILDERS.has(builder.type))
        .map((builder) => ({
        name: typeof builder.name === 'string' ? builder.name : String(builder.type),
        region: literalRegion(builder.region),
        amiRegions: Array.isArray(builder.ami_regions)
            ? builder.ami_regions.flatMap((region) => literalRegion(region) ?? [])
            : [],
    }))
        .filter((build) => (only.length === 0 || only.includes(build.name)) && !except.includes(build.name));
}
function literalRegion(value) {
    return typeof value === 'string' && (0,validation/* regionProblem */.Og)(value) === undefined ? value : undefined;
}

;// CONCATENATED MODULE: ./lib/stopwatch.js
// How long a step took, for the summary. process.hrtime is as monotonic as `performance.now()`,
// whose first use loads Node's perf_hooks: about 2 ms of every run.
/** Starts timing; the function returned gives the milliseconds since, rounded. */
function startStopwatch() {
    const started = process.hrtime.bigint();
    return () => Math.round(Number(process.hrtime.bigint() - started) / 1e6);
}

;// CONCATENATED MODULE: ./lib/aws/preflight-phase.js
// The preflight phase, after the credentials and before `packer build`: in every region that will be
// published, is the SSM parameter ready to take the AMI? A build whose AMI could not be published is
// refused before it starts, instead of leaving an orphaned AMI behind it.






/**
 * `command: publish`: its AMIs' regions. Before a build: the template's own for a legacy JSON template (each AMI
 * build's literal `region`, or aws-region, and its literal `ami_regions`), aws-region for HCL2, whose
 * builds only Packer can evaluate. Several AMI builds and one parameter are refused here for JSON;
 * for HCL2 that is only known from the build's artifacts, after it.
 */
function preflightPlan(inputs, templateText) {
    if (inputs.command === 'publish')
        return { regions: { ...inputs.amiIds } };
    const home = inputs.aws.region ?? '';
    const builds = inputs.templateKind === 'legacy-json' && templateText !== undefined
        ? legacyAmiBuilds(templateText, inputs.only, inputs.except)
        : undefined;
    if (builds === undefined) {
        return {
            regions: { [home]: undefined },
            note: `${inputs.template} is an HCL2 template: only Packer knows its builds and regions, so ${home} ` +
                '(aws-region) is checked now; any other region the build copies its AMI to (ami_regions) is ' +
                'checked just before its publication, and several AMI builds are found after the build.',
        };
    }
    const regions = builds.flatMap((build) => [build.region ?? home, ...build.amiRegions]);
    const plan = {
        regions: Object.fromEntries((regions.length > 0 ? regions : [home]).map((r) => [r, undefined])),
    };
    const problem = (0,validation/* severalAmiBuildsProblem */.KG)(builds.map((build) => build.name), inputs.aws.ssmParameter ?? '', 'before');
    if (problem !== undefined)
        plan.problem = problem;
    return plan;
}
const preflightPhase = {
    name: 'preflight',
    applies: ({ inputs }) => inputs.command !== 'validate' && inputs.aws.ssmParameter !== undefined,
    run: async (context, outcome) => {
        const elapsedMs = startStopwatch();
        const { inputs, cancellation } = context;
        const parameterName = inputs.aws.ssmParameter ?? '';
        const result = (status, failure) => ({
            phase: 'preflight',
            status,
            durationMs: elapsedMs(),
            ...(failure === undefined ? {} : { failure }),
        });
        const templateText = inputs.templateKind === 'legacy-json' && inputs.command === 'build'
            ? await (0,promises_.readFile)(inputs.templatePath, 'utf8')
            : undefined;
        const plan = preflightPlan(inputs, templateText);
        if (plan.problem !== undefined)
            return result('failed', plan.problem);
        const { preflight } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(736), __nccwpck_require__.e(486)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3486));
        const regions = Object.keys(plan.regions);
        try {
            const problems = await lib_core/* group */.Os(`Check SSM parameter ${parameterName} in ${regions.join(', ')}`, async () => {
                if (plan.note !== undefined)
                    lib_core/* info */.pq(plan.note);
                return abandonOnAbort(preflight({
                    parameterName,
                    regions: plan.regions,
                    credentials: context.credentials,
                    accountId: outcome.accountId,
                }), cancellation.requestedSignal, () => new Cancelled());
            });
            if (problems.length === 0)
                return result('ok');
            return result('failed', `Not ${inputs.command === 'build' ? 'built' : 'published'}: ${problems.join('\n')}`);
        }
        catch (error) {
            if (error instanceof Cancelled)
                return result('cancelled');
            throw error;
        }
    },
};

;// CONCATENATED MODULE: ./lib/outcome.js
function newOutcome() {
    return { phases: [], inputErrors: [], signals: [] };
}
function runStatus(outcome) {
    if (outcome.signals.length > 0)
        return 'cancelled';
    const failed = outcome.inputErrors.length > 0 ||
        outcome.error !== undefined ||
        outcome.phases.some((phase) => phase.status !== 'ok') ||
        outcome.phases.some((phase) => phase.ssm?.regions.some((region) => region.state !== 'published'));
    return failed ? 'failed' : 'succeeded';
}
/** The build's artifacts; empty when no build succeeded. */
function artifactsOf(outcome) {
    return outcome.phases.find((phase) => phase.phase === 'build')?.artifacts ?? [];
}
function publicationOf(outcome) {
    return outcome.phases.find((phase) => phase.phase === 'publish')?.ssm;
}
/** The Packer process the action left running, if it did. */
function packerLeftRunning(outcome) {
    const stop = outcome.phases.at(-1)?.stop;
    return stop !== undefined && !stop.exited ? stop : undefined;
}

;// CONCATENATED MODULE: ./lib/packer/artifacts.js
/**
 * One entry per artifact, in the order Packer printed them. `artifact,<n>,<key>,<value>` records are
 * grouped per build and index; entries without an id are left out, and an artifact printed again
 * under another index (a post-processor passing it on) counts once.
 */
function collectArtifacts(lines) {
    const byBuildAndIndex = new Map();
    for (const line of lines) {
        if (line.type !== 'artifact')
            continue;
        const [index = '', key = '', value = ''] = line.data;
        const groupKey = JSON.stringify([line.target, index]);
        let artifact = byBuildAndIndex.get(groupKey);
        if (!artifact) {
            artifact = { buildName: line.target, builderId: '', id: '' };
            byBuildAndIndex.set(groupKey, artifact);
        }
        if (key === 'builder-id')
            artifact.builderId = value;
        if (key === 'id')
            artifact.id = value;
    }
    const seen = new Set();
    const artifacts = [];
    for (const artifact of byBuildAndIndex.values()) {
        const identity = JSON.stringify([artifact.buildName, artifact.builderId, artifact.id]);
        if (artifact.id === '' || seen.has(identity))
            continue;
        seen.add(identity);
        artifacts.push(artifact);
    }
    return artifacts;
}
// `us-east-1`, `ap-southeast-2`, `us-gov-west-1`, `cn-north-1`.
const REGION_AMI = /^([a-z]{2}(?:-[a-z]+)+-\d+):(ami-[0-9a-f]+)$/;
/**
 * The AMIs of an amazon-ebs style artifact id, `region:ami-...` or several separated by commas;
 * empty when the id is anything else (another builder's artifact).
 */
function parseAmis(artifactId) {
    const amis = [];
    for (const part of artifactId.split(',')) {
        const match = REGION_AMI.exec(part.trim());
        if (!match)
            return [];
        const [, region = '', amiId = ''] = match;
        amis.push({ region, amiId });
    }
    return amis;
}
function collectAmis(artifacts) {
    let amiId;
    const amiIds = {};
    for (const artifact of artifacts) {
        for (const ami of parseAmis(artifact.id)) {
            amiId ??= ami.amiId;
            amiIds[ami.region] ??= ami.amiId;
        }
    }
    return { amiId, amiIds };
}
/** The builds whose artifacts hold AMIs, each once, in the order Packer printed them. */
function amiBuildNames(artifacts) {
    return [
        ...new Set(artifacts
            .filter((artifact) => parseAmis(artifact.id).length > 0)
            .map((artifact) => artifact.buildName)),
    ];
}

;// CONCATENATED MODULE: ./lib/aws/publish-phase.js
// The run's last phase: the built AMI ids (or, for `command: publish`, the given ones) into the SSM
// parameter. Loads the SSM client only when there is something to publish.






const publishPhase = {
    name: 'publish',
    applies: ({ inputs }) => inputs.command !== 'validate' && inputs.aws.ssmParameter !== undefined,
    run: async (context, outcome) => {
        const elapsedMs = startStopwatch();
        const { inputs, cancellation } = context;
        const parameterName = inputs.aws.ssmParameter ?? '';
        const label = inputs.aws.ssmParameterLabel;
        const built = inputs.command === 'build';
        const artifacts = artifactsOf(outcome);
        const amiIds = built ? collectAmis(artifacts).amiIds : (inputs.amiIds ?? {});
        const ssm = { parameterName, homeRegion: inputs.aws.region, regions: [] };
        if (label !== undefined)
            ssm.label = label;
        const result = () => {
            const unpublished = ssm.regions.filter((region) => region.state !== 'published');
            return {
                phase: 'publish',
                status: cancellation.requested ? 'cancelled' : unpublished.length > 0 ? 'failed' : 'ok',
                durationMs: elapsedMs(),
                ssm,
                ...(unpublished.length > 0 ? { failure: publicationFailure(ssm, unpublished, built) } : {}),
            };
        };
        // For HCL2 templates the builds are known only now (JSON ones were checked before the build).
        const ambiguity = built
            ? (0,validation/* severalAmiBuildsProblem */.KG)(amiBuildNames(artifacts), parameterName, 'after')
            : undefined;
        if (ambiguity !== undefined || Object.keys(amiIds).length === 0) {
            const error = ambiguity ?? 'the build produced no AMI';
            ssm.regions.push({ region: inputs.aws.region ?? '', state: 'skipped', error });
            return result();
        }
        const { plannedPublications, publishAmiIds } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(736), __nccwpck_require__.e(326)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2326));
        ssm.regions = plannedPublications(amiIds);
        const publication = publishAmiIds({
            parameterName,
            label,
            amiIds,
            credentials: context.credentials,
            accountId: outcome.accountId,
            stopStarting: cancellation.requestedSignal,
            stopWaiting: cancellation.timeUpSignal,
        }, {}, ssm.regions);
        await lib_core/* group */.Os(`Publish to SSM parameter ${parameterName}`, async () => {
            try {
                await abandonOnAbort(publication, cancellation.timeUpSignal, () => new TimeUp());
            }
            catch (error) {
                if (!(error instanceof TimeUp))
                    throw error;
                const stopped = `the action had to stop (${describeSignals(cancellation.received)})`;
                for (const region of ssm.regions)
                    stoppedWhile(region, stopped);
                lib_core/* info */.pq(`Stopped waiting for SSM: ${describeSignals(cancellation.received)}`);
            }
        });
        return result();
    },
};
class TimeUp extends Error {
}
/** Says, for a region still waiting when the action stopped, what it was waiting for. */
function stoppedWhile(region, stopped) {
    const { waitingFor } = region;
    delete region.waitingFor;
    switch (waitingFor) {
        case 'PutParameter':
            region.state = 'sent';
            region.error = `${stopped} before PutParameter answered: whether SSM wrote a new version was not seen`;
            break;
        case 'validation':
            region.error = `${stopped} before this version was read back and labelled`;
            break;
        case 'LabelParameterVersion':
            region.error = `${stopped} before LabelParameterVersion answered: whether the label moved was not seen`;
            break;
    }
}
function publicationFailure(ssm, unpublished, built) {
    return `${built ? 'The build succeeded, but SSM' : 'SSM'} parameter ${ssm.parameterName} was not updated in ${unpublished
        .map((region) => `${region.region} (${region.error ?? region.state})`)
        .join(', ')}`;
}

// EXTERNAL MODULE: ./lib/cleanup.js
var cleanup = __nccwpck_require__(4755);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __nccwpck_require__(2088);
// EXTERNAL MODULE: ./lib/install/limits.js
var limits = __nccwpck_require__(811);
// EXTERNAL MODULE: ./lib/install/releases.js
var install_releases = __nccwpck_require__(1065);
;// CONCATENATED MODULE: ./lib/install/fingerprint.js
// The fingerprint of an ASCII-armored OpenPGP public key, read from its first packet without loading
// openpgp (about 100 ms to import): a tool-cache hit needs the fingerprint, because it names the
// cache entry, but verifies no signature.

const PUBLIC_KEY_TAG = 6;
const ARMOR_BEGIN = /^-----BEGIN PGP PUBLIC KEY BLOCK-----\s*$/;
const ARMOR_END = /^-----END PGP PUBLIC KEY BLOCK-----\s*$/;
/**
 * Upper-case hex fingerprint of the primary key of the first public key in `armoredKey`: SHA-1 over
 * the key packet for v4 keys, SHA-256 for v5 and v6 (RFC 9580 §5.5.4). Throws an Error saying what
 * is wrong with the block; the caller names the input.
 */
function publicKeyFingerprint(armoredKey) {
    const packet = firstPacket(dearmor(armoredKey));
    if (packet.tag !== PUBLIC_KEY_TAG) {
        throw new Error(`its first packet is not a public key (packet tag ${packet.tag})`);
    }
    const { body } = packet;
    const version = body[0];
    if (version === 4)
        return digest('sha1', [0x99], 2, body);
    if (version === 5)
        return digest('sha256', [0x9a], 4, body);
    if (version === 6)
        return digest('sha256', [0x9b], 4, body);
    throw new Error(`its key packet has version ${version ?? 'none'}; only 4, 5 and 6 are supported`);
}
function digest(algorithm, prefix, lengthBytes, body) {
    const length = Buffer.alloc(lengthBytes);
    length.writeUIntBE(body.length, 0, lengthBytes);
    return (0,external_node_crypto_.createHash)(algorithm)
        .update(Buffer.from(prefix))
        .update(length)
        .update(body)
        .digest('hex')
        .toUpperCase();
}
/** The base64 payload of the armored block, decoded; armor headers and the CRC line are skipped. */
function dearmor(armored) {
    const lines = armored.split(/\r?\n/).map((line) => line.trim());
    const begin = lines.findIndex((line) => ARMOR_BEGIN.test(line));
    const end = lines.findIndex((line, index) => index > begin && ARMOR_END.test(line));
    if (begin < 0 || end < 0) {
        throw new Error('it is not one armored block from BEGIN to END PGP PUBLIC KEY BLOCK');
    }
    let body = lines.slice(begin + 1, end);
    // Armor headers ("Comment: …") end at the first blank line; a block without headers may omit it.
    const blank = body.indexOf('');
    if (body.slice(0, Math.max(blank, 0)).every((line) => line.includes(': '))) {
        body = body.slice(blank + 1);
    }
    const base64 = body.filter((line) => line !== '' && !line.startsWith('=')).join('');
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64)) {
        throw new Error('its armored body is not base64');
    }
    return Buffer.from(base64, 'base64');
}
/** The first packet's tag and body (RFC 9580 §4.2: old and new header formats). */
function firstPacket(bytes) {
    const header = bytes[0];
    // Long enough for any header; a key packet is longer still.
    if (bytes.length < 6)
        throw new Error('its key packet is truncated');
    if (header === undefined || (header & 0x80) === 0) {
        throw new Error('it does not start with an OpenPGP packet');
    }
    let tag;
    let length;
    let offset;
    if (header & 0x40) {
        tag = header & 0x3f;
        const first = bytes[1] ?? 0;
        if (first < 192)
            [length, offset] = [first, 2];
        else if (first < 224)
            [length, offset] = [((first - 192) << 8) + (bytes[2] ?? 0) + 192, 3];
        else if (first === 255)
            [length, offset] = [bytes.readUInt32BE(2), 6];
        else
            throw new Error('its key packet has a partial length');
    }
    else {
        tag = (header >> 2) & 0x0f;
        const lengthType = header & 0x03;
        if (lengthType === 0)
            [length, offset] = [bytes[1] ?? 0, 2];
        else if (lengthType === 1)
            [length, offset] = [bytes.readUInt16BE(1), 3];
        else if (lengthType === 2)
            [length, offset] = [bytes.readUInt32BE(1), 5];
        else
            throw new Error('its key packet has an indeterminate length');
    }
    if (offset + length > bytes.length)
        throw new Error('its key packet is truncated');
    return { tag, body: bytes.subarray(offset, offset + length) };
}

;// CONCATENATED MODULE: ./lib/install/hashicorp-key.js
// HashiCorp's release-signing public key, embedded so that a default run trusts nothing it downloads.
// Source: https://www.hashicorp.com/security (expires 2030-03-01).
const HASHICORP_RELEASE_KEY_FINGERPRINT = 'C874011F0AB405110D02105534365D9472D7468F';
const HASHICORP_RELEASE_KEY = `-----BEGIN PGP PUBLIC KEY BLOCK-----

mQINBGB9+xkBEACabYZOWKmgZsHTdRDiyPJxhbuUiKX65GUWkyRMJKi/1dviVxOX
PG6hBPtF48IFnVgxKpIb7G6NjBousAV+CuLlv5yqFKpOZEGC6sBV+Gx8Vu1CICpl
Zm+HpQPcIzwBpN+Ar4l/exCG/f/MZq/oxGgH+TyRF3XcYDjG8dbJCpHO5nQ5Cy9h
QIp3/Bh09kET6lk+4QlofNgHKVT2epV8iK1cXlbQe2tZtfCUtxk+pxvU0UHXp+AB
0xc3/gIhjZp/dePmCOyQyGPJbp5bpO4UeAJ6frqhexmNlaw9Z897ltZmRLGq1p4a
RnWL8FPkBz9SCSKXS8uNyV5oMNVn4G1obCkc106iWuKBTibffYQzq5TG8FYVJKrh
RwWB6piacEB8hl20IIWSxIM3J9tT7CPSnk5RYYCTRHgA5OOrqZhC7JefudrP8n+M
pxkDgNORDu7GCfAuisrf7dXYjLsxG4tu22DBJJC0c/IpRpXDnOuJN1Q5e/3VUKKW
mypNumuQpP5lc1ZFG64TRzb1HR6oIdHfbrVQfdiQXpvdcFx+Fl57WuUraXRV6qfb
4ZmKHX1JEwM/7tu21QE4F1dz0jroLSricZxfaCTHHWNfvGJoZ30/MZUrpSC0IfB3
iQutxbZrwIlTBt+fGLtm3vDtwMFNWM+Rb1lrOxEQd2eijdxhvBOHtlIcswARAQAB
tERIYXNoaUNvcnAgU2VjdXJpdHkgKGhhc2hpY29ycC5jb20vc2VjdXJpdHkpIDxz
ZWN1cml0eUBoYXNoaWNvcnAuY29tPokCVAQTAQoAPgIbAwULCQgHAgYVCgkICwIE
FgIDAQIeAQIXgBYhBMh0AR8KtAURDQIQVTQ2XZRy10aPBQJplkfQBQkQrOy3AAoJ
EDQ2XZRy10aPw6gP/3GUEMUa6mCRuuSOT9UnziPIvXYd63mcN6A6Jwmwj8JaB2qu
OCijvJkw56UbZK3x1FZIbe0hA6VUAwNSNmSIxVJkilgwIYYFO0tnL79XhIeP7jYF
ydXLZ4rTi1FDl8lltAujTNARdY8UGg4hGlcM9OrEeXEFLWugJNiChL15FVoxZqIS
jeduaEqyxGfJnyVwy8z3pZfgODeFr7xs2NkUIMSfuRg24VcL4aW8Frt3jW8P45y3
o/5fsi6Aw2tZ0wD9NSgkVc8VD1NRV9eSZ95Bv+Awf9IXa+Cn5OCjc8Jc+XF+nLfB
oPswOO7E8dLiuBUw6/GzSLMbVs8qf8BNXB92dOe1VccVTqjCxK2sEpVaHh7e+co8
d8lDGBIWMGh7NS6XlGORpFb/T6gxjjOYUV3SKd4QDebUUG8kMkb5juLljOoq+YOP
vgNLDZLZteFpmH+zB9DpOY1YtHZB/OD+DtzLMaSl6VPF2Ln0j5aQGwNDt7sheyAe
sXbu0qn2H5FxojSfvhT0kUDKZ0mgg5y3Oflg49MiAOhjLGY0JocFpBeMILw27fbw
fpIBP7siQWFTFJ1O+l2NQiWAwC2x5fX2EakyCBJmrkPV2hr4nEogNqg9/RDskIUq
cpcOOd/0BntiXMyUCCH2AoCt5acaTQ0WU6CAosZPojOYhtGGgOgeQSdflpMSuQIN
BGB9+xkBEACoklYsfvWRCjOwS8TOKBTfl8myuP9V9uBNbyHufzNETbhYeT33Cj0M
GCNd9GdoaknzBQLbQVSQogA+spqVvQPz1MND18GIdtmr0BXENiZE7SRvu76jNqLp
KxYALoK2Pc3yK0JGD30HcIIgx+lOofrVPA2dfVPTj1wXvm0rbSGA4Wd4Ng3d2AoR
G/wZDAQ7sdZi1A9hhfugTFZwfqR3XAYCk+PUeoFrkJ0O7wngaon+6x2GJVedVPOs
2x/XOR4l9ytFP3o+5ILhVnsK+ESVD9AQz2fhDEU6RhvzaqtHe+sQccR3oVLoGcat
ma5rbfzH0Fhj0JtkbP7WreQf9udYgXxVJKXLQFQgel34egEGG+NlbGSPG+qHOZtY
4uWdlDSvmo+1P95P4VG/EBteqyBbDDGDGiMs6lAMg2cULrwOsbxWjsWka8y2IN3z
1stlIJFvW2kggU+bKnQ+sNQnclq3wzCJjeDBfucR3a5WRojDtGoJP6Fc3luUtS7V
5TAdOx4dhaMFU9+01OoH8ZdTRiHZ1K7RFeAIslSyd4iA/xkhOhHq89F4ECQf3Bt4
ZhGsXDTaA/VgHmf3AULbrC94O7HNqOvTWzwGiWHLfcxXQsr+ijIEQvh6rHKmJK8R
9NMHqc3L18eMO6bqrzEHW0Xoiu9W8Yj+WuB3IKdhclT3w0pO4Pj8gQARAQABiQI8
BBgBCgAmAhsMFiEEyHQBHwq0BRENAhBVNDZdlHLXRo8FAmmWR+0FCRCs7NQACgkQ
NDZdlHLXRo/R0A//QW1opBlzWSmWww1q9QuJA2WCIIs8tJKRDOsmgJPscNpzwZFU
N1Df0wWNjqi1BDReei7lZTHwUk+ebBn0bkI3ANmmgYg7LBueAt5UWSingOc+rvKA
N32BDzBYkMckRzJSQsmeC5hm3J3wLSy90uaIlrJJE9GJZkf/W2Ob+4SQZZ+dnnRP
JokDdW1DuZS9PbxSLJKD5eIWHBxJnFM1CmHfOfrjTJ+MYvVGM5sxSY8R7E+GADj5
L/i4N+tTFJLuTMYARGfA6d+KPKcMJtgpUPjSMAg8nGUhukctpuBs27mOKW0CBtmJ
82X/qYROTL0+vGTvUYflYiuceVlhX/kw0JZnMaG5V/mpHq8SwD07pCGOf69j/mNa
5EL3++Pmzg0s0stw3Ea5pCN0cL/nKkoWchHBfW15W4JOnKAIspyD1vH670P4WfeV
E9B9d6tgKSbM/9JlXoQS5ZdG+kbdosieELhmVWmvojyK7K+Ry6C9wgd+UfnW5jXd
iNwKW3KHuautQwlFhHRNMyDg08c+pI5emTMT3IUQyGWo+Gska3TqGujFcABx7Ip+
mHNmMrCkSD+XC2bvzvRR7FcM0/B9fsjLX/Wttm5vRJ1d2oAoEPvw2IZnJIXpOt2z
zo55sJTztNu4lWGgDVgtp9SXO5a0E5YvFHQNZN5QLeVTTFu6I7qG+ME1E/K5Ag0E
YH3+JQEQALivllTjMolxUW2OxrXb+a2Pt6vjCBsiJzrUj0Pa63U+lT9jldbCCfgP
wDpcDuO1O05Q8k1MoYZ6HddjWnqKG7S3eqkV5c3ct3amAXp513QDKZUfIDylOmhU
qvxjEgvGjdRjz6kECFGYr6Vnj/p6AwWv4/FBRFlrq7cnQgPynbIH4hrWvewp3Tqw
GVgqm5RRofuAugi8iZQVlAiQZJo88yaztAQ/7VsXBiHTn61ugQ8bKdAsr8w/ZZU5
HScHLqRolcYg0cKN91c0EbJq9k1LUC//CakPB9mhi5+aUVUGusIM8ECShUEgSTCi
KQiJUPZ2CFbbPE9L5o9xoPCxjXoX+r7L/WyoCPTeoS3YRUMEnWKvc42Yxz3meRb+
BmaqgbheNmzOah5nMwPupJYmHrjWPkX7oyyHxLSFw4dtoP2j6Z7GdRXKa2dUYdk2
x3JYKocrDoPHh3Q0TAZujtpdjFi1BS8pbxYFb3hHmGSdvz7T7KcqP7ChC7k2RAKO
GiG7QQe4NX3sSMgweYpl4OwvQOn73t5CVWYp/gIBNZGsU3Pto8g27vHeWyH9mKr4
cSepDhw+/X8FGRNdxNfpLKm7Vc0Sm9Sof8TRFrBTqX+vIQupYHRi5QQCuYaV6OVr
ITeegNK3So4m39d6ajCR9QxRbmjnx9UcnSYYDmIB6fpBuwT0ogNtABEBAAGJBHIE
GAEKACYCGwIWIQTIdAEfCrQFEQ0CEFU0Nl2UctdGjwUCYH4bgAUJAeFQ2wJAwXQg
BBkBCgAdFiEEs2y6kaLAcwxDX8KAsLRBCXaFtnYFAmB9/iUACgkQsLRBCXaFtnYX
BhAAlxejyFXoQwyGo9U+2g9N6LUb/tNtH29RHYxy4A3/ZUY7d/FMkArmh4+dfjf0
p9MJz98Zkps20kaYP+2YzYmaizO6OA6RIddcEXQDRCPHmLts3097mJ/skx9qLAf6
rh9J7jWeSqWO6VW6Mlx8j9m7sm3Ae1OsjOx/m7lGZOhY4UYfY627+Jf7WQ5103Qs
lgQ09es/vhTCx0g34SYEmMW15Tc3eCjQ21b1MeJD/V26npeakV8iCZ1kHZHawPq/
aCCuYEcCeQOOteTWvl7HXaHMhHIx7jjOd8XX9V+UxsGz2WCIxX/j7EEEc7CAxwAN
nWp9jXeLfxYfjrUB7XQZsGCd4EHHzUyCf7iRJL7OJ3tz5Z+rOlNjSgci+ycHEccL
YeFAEV+Fz+sj7q4cFAferkr7imY1XEI0Ji5P8p/uRYw/n8uUf7LrLw5TzHmZsTSC
UaiL4llRzkDC6cVhYfqQWUXDd/r385OkE4oalNNE+n+txNRx92rpvXWZ5qFYfv7E
95fltvpXc0iOugPMzyof3lwo3Xi4WZKc1CC/jEviKTQhfn3WZukuF5lbz3V1PQfI
xFsYe9WYQmp25XGgezjXzp89C/OIcYsVB1KJAKihgbYdHyUN4fRCmOszmOUwEAKR
3k5j4X8V5bk08sA69NVXPn2ofxyk3YYOMYWW8ouObnXoS8QJEDQ2XZRy10aPMpsQ
AIbwX21erVqUDMPn1uONP6o4NBEq4MwG7d+fT85rc1U0RfeKBwjucAE/iStZDQoM
ZKWvGhFR+uoyg1LrXNKuSPB82unh2bpvj4zEnJsJadiwtShTKDsikhrfFEK3aCK8
Zuhpiu3jxMFDhpFzlxsSwaCcGJqcdwGhWUx0ZAVD2X71UCFoOXPjF9fNnpy80YNp
flPjj2RnOZbJyBIM0sWIVMd8F44qkTASf8K5Qb47WFN5tSpePq7OCm7s8u+lYZGK
wR18K7VliundR+5a8XAOyUXOL5UsDaQCK4Lj4lRaeFXunXl3DJ4E+7BKzZhReJL6
EugV5eaGonA52TWtFdB8p+79wPUeI3KcdPmQ9Ll5Zi/jBemY4bzasmgKzNeMtwWP
fk6WgrvBwptqohw71HDymGxFUnUP7XYYjic2sVKhv9AevMGycVgwWBiWroDCQ9Ja
btKfxHhI2p+g+rcywmBobWJbZsujTNjhtme+kNn1mhJsD3bKPjKQfAxaTskBLb0V
wgV21891TS1Dq9kdPLwoS4XNpYg2LLB4p9hmeG3fu9+OmqwY5oKXsHiWc43dei9Y
yxZ1AAUOIaIdPkq+YG/PhlGE4YcQZ4RPpltAr0HfGgZhmXWigbGS+66pUj+Ojysc
j0K5tCVxVu0fhhFpOlHv0LWaxCbnkgkQH9jfMEJkAWMOuQINBGCAXCYBEADW6RNr
ZVGNXvHVBqSiOWaxl1XOiEoiHPt50Aijt25yXbG+0kHIFSoR+1g6Lh20JTCChgfQ
kGGjzQvEuG1HTw07YhsvLc0pkjNMfu6gJqFox/ogc53mz69OxXauzUQ/TZ27GDVp
UBu+EhDKt1s3OtA6Bjz/csop/Um7gT0+ivHyvJ/jGdnPEZv8tNuSE/Uo+hn/Q9hg
8SbveZzo3C+U4KcabCESEFl8Gq6aRi9vAfa65oxD5jKaIz7cy+pwb0lizqlW7H9t
Qlr3dBfdIcdzgR55hTFC5/XrcwJ6/nHVH/xGskEasnfCQX8RYKMuy0UADJy72TkZ
bYaCx+XXIcVB8GTOmJVoAhrTSSVLAZspfCnjwnSxisDn3ZzsYrq3cV6sU8b+QlIX
7VAjurE+5cZiVlaxgCjyhKqlGgmonnReWOBacCgL/UvuwMmMp5TTLmiLXLT7uxeG
ojEyoCk4sMrqrU1jevHyGlDJH9Taux15GILDwnYFfAvPF9WCid4UZ4Ouwjcaxfys
3LxNiZIlUsXNKwS3mhiMRL4TRsbs4k4QE+LIMOsauIvcvm8/frydvQ/kUwIhVTH8
0XGOH909bYtJvY3fudK7ShIwm7ZFTduBJUG473E/Fn3VkhTmBX6+PjOC50HR/Hyb
waRCzfDruMe3TAcE/tSP5CUOb9C7+P+hPzQcDwARAQABiQRyBBgBCgAmAhsCFiEE
yHQBHwq0BRENAhBVNDZdlHLXRo8FAmmWSAoFCRCqi+QCQMF0IAQZAQoAHRYhBDdO
x1tIWRNgSoMcx8ggxtXNJ6uHBQJggFwmAAoJEMggxtXNJ6uHRfAP/2CGdSyg0K7U
66Vygl0dugxrMm8O3/Oe211BKdQsFUSWAznOTRTK/zvMUHO4LJAlYvdtZ6xDa4XH
l9FYQ8MR9ZV0OuOlAZvU4IJDLPVCU09X/UzX/GEoZL0R5esvwPAXopMaRHCfXJeI
/gEaB94UhAeYlwpcRn0eSuk1vyZx7GRE6/hog8DCf4hoT40dW20gGe58xcvJ+mRY
lC0lr16WH08wuUcee6+dgu+4Cg6SG6+zt9cMyl8VnTUL5BK/V3MebnYZJK0RFDNn
nXDhzStgOd5gOeIL+xBPXHd0/ld/rDM74SFExpuS+hNsyo+xMQ/HJavak21MFinu
l9COwfGEmlAXTGMY30Lf3Pt/eAkbwgmGc966VSoRmOFEXJVlDr+yJR6ru+7j50z8
lAv6Lsop7sun1Qysbo0swf6W1qgPf6VWbx91NTFLkw0+gD8jxwrU5ZMkeSuntX9d
pjuZS29CflXXIRPlvhuiDPicwTpYuIUx37vHveAH5gnowZg247x780Urrsx8duTX
8CI9MAnqzm4dFAiRlwE8bvLk+l9wekiXA9gIMZiVNqNlduXIqvAG21Wdgq8qyeXK
y/XWCVKDQOmEbFAltfNam8E3KEw0fl199x+93d5ckDGcPzUYPbNkCuIwngC/ZN96
pDafF3Z12fSNfhZUe0C8td8KAszYa96GCRA0Nl2UctdGj1gKD/4jOGhEGTg88Vyu
PVjeK+zkwrTIZSvHdUHfTt/+rTLSNb/RQiBCUQuEZvafj6FrntS7bAEhccGqH894
T3St5K0AXWkvsLd6K+cbIQdlnFA2zb6geJUCk6qx5NgWpRc3i0DS7CheGwl+Bwu7
+n9pNjNjiHV+rYDgqbQXG0dtGysB0/3qIRgEDHFO0HJu/dcte4oXrQIqrZrpOwe8
WxqFqdU918JpSUcc8coiFp9YtwpgqQNxGVZ+rhgnTGdZzk1f/Yhhimh+2B0ReaFv
k3UzVBj3HQ9C6+Ot3MyDEhSgdhjr9e25Tm9S5YfhwtWmghRw9RKPyLMSXSxm/Uc0
mK1NucAp8TQBwKqKzNpCk5IdrBSWRUbjOoOFyzyCsY6gS285GCpSIzI39hTf+3gd
wYPlE6fj+F2TZzdhx62DPnzBzBHnByYTVdJ649bx0FFp4Q+5TbIWtxu/AQkRDxmW
NQfE+6GgeshlrhXWsh6+PGDzt+2raG6zUT913sdz7Ctw4fLjmsKOTdTz3Xa9pr8l
xfI/JuukSgt9o/n3GirhTB3zE1w/I/Xt6k7oASiP3zQSuHtB/CYKYHDtOCWwjo7J
PEGtb/FkreKNxsk/p20jnlrB8WZxxswdr2Vri9NmFeyMDVX7qF3WqT+8aCV9GtS1
GCHx/5nGBdDwoxEsXqpI3IUqPb6FDg==
=wtp+
-----END PGP PUBLIC KEY BLOCK-----
`;

;// CONCATENATED MODULE: ./lib/install/trust.js
// The key SHA256SUMS must be signed with, and its fingerprint, which names the tool cache entries
// it verified. Read once, with the inputs: a tool-cache hit needs the fingerprint but not openpgp.


const HASHICORP_TRUST = {
    armoredKey: HASHICORP_RELEASE_KEY,
    fingerprint: HASHICORP_RELEASE_KEY_FINGERPRINT,
};
/** The trust root of a key given as releases-public-key; throws when its fingerprint is unreadable. */
function trustRootOf(armoredKey) {
    return { armoredKey, fingerprint: publicKeyFingerprint(armoredKey) };
}

;// CONCATENATED MODULE: ./lib/inputs.js
// The action's inputs, parsed once into one typed object. Everything after parsing takes `Inputs`;
// nothing else calls core.getInput.










const actionsInputSource = {
    get: (name) => lib_core/* getInput */.V4(name),
    getBoolean: (name) => lib_core/* getBooleanInput */.Vt(name),
};
const COMMANDS = ['validate', 'build', 'publish'];
const ON_ERROR = ['cleanup', 'abort'];
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const RELEASES_URL = 'https://releases.hashicorp.com';
const DEFAULT_RELEASES = { url: RELEASES_URL, credentials: undefined };
/**
 * Parses and checks every input at once, before anything is downloaded or run. Throws InputErrors
 * listing every problem found. Checks the template and var files on disk, so the paths it returns are
 * known to exist inside the workspace.
 */
function getInputs(source = actionsInputSource, env = process.env) {
    const problems = [];
    // Collects a problem and lets parsing go on with a placeholder, so one run reports every problem.
    const check = (parse, fallback) => {
        try {
            return parse();
        }
        catch (error) {
            if (!(error instanceof errors/* InputError */.dz))
                throw error;
            problems.push(error);
            return fallback;
        }
    };
    const workspace = external_node_path_.resolve(env.GITHUB_WORKSPACE || process.cwd());
    const command = check(() => parseChoice('command', source.get('command') || 'build', COMMANDS), 'build');
    const workingDirectory = check(() => parseWorkingDirectory(source.get('working-directory') || '.', workspace), workspace);
    // `command: publish` runs no Packer: it has no template.
    const template = command === 'publish'
        ? NO_TEMPLATE
        : check(() => parseTemplate(source.get('template'), workingDirectory, workspace), NO_TEMPLATE);
    if (command === 'publish' && source.get('template') !== '') {
        problems.push(new errors/* InputError */.dz('template', source.get('template'), "does not apply to 'command: publish', which runs no Packer: remove it"));
    }
    const fmtCheck = check(() => parseBoolean(source, 'fmt-check'), false);
    if (fmtCheck && command !== 'validate') {
        problems.push(new errors/* InputError */.dz('fmt-check', 'true', "applies only with 'command: validate'"));
    }
    const only = splitList(source.get('only'));
    const except = splitList(source.get('except'));
    if (only.length > 0 && except.length > 0) {
        problems.push(new errors/* InputError */.dz('except', except.join(','), "cannot be combined with 'only': Packer takes one or the other"));
    }
    const { aws, problems: awsProblems } = (0,validation/* parseAwsInputs */.KC)((name) => source.get(name), env);
    problems.push(...awsProblems);
    const { limits: installLimits, problems: limitProblems } = (0,limits/* parseInstallLimits */.Fx)(env);
    problems.push(...limitProblems);
    if (aws.ssmParameter !== undefined && command === 'validate') {
        problems.push(new errors/* InputError */.dz('ssm-parameter', aws.ssmParameter, "applies only with 'command: build' or 'command: publish'"));
    }
    const publication = parsePublication(source, command, aws);
    problems.push(...publication.problems);
    const { variables, problems: variableProblems } = parseVariables(source.get('variables'));
    problems.push(...variableProblems);
    const regionMismatch = (0,validation/* regionVariableProblem */.mq)(variables, aws.region);
    if (regionMismatch !== undefined)
        problems.push(regionMismatch);
    const inputs = {
        command,
        workspace,
        workingDirectory,
        ...template,
        packerVersion: check(() => parseVersionSpec(source.get('packer-version') || 'latest'), {
            kind: 'latest',
        }),
        releases: check(() => parseReleasesUrl(source.get('releases-url') || RELEASES_URL), DEFAULT_RELEASES),
        trust: check(() => parsePublicKey(source.get('releases-public-key')), HASHICORP_TRUST),
        variables,
        varFiles: check(() => parseVarFiles(source.get('var-files'), workingDirectory, workspace), []),
        only,
        except,
        onError: check(() => parseChoice('on-error', source.get('on-error') || 'cleanup', ON_ERROR), 'cleanup'),
        fmtCheck,
        githubToken: source.get('github-token'),
        debug: env.RUNNER_DEBUG === '1',
        runnerTemp: env.RUNNER_TEMP || external_node_os_.tmpdir(),
        installLimits,
        aws,
        amiIds: publication.amiIds,
    };
    if (problems.length > 0)
        throw new errors/* InputErrors */.G(problems);
    return inputs;
}
/** The AMIs `command: publish` publishes; ami-id and ami-ids belong to it alone. */
function parsePublication(source, command, aws) {
    const amiId = source.get('ami-id');
    const amiIdsText = source.get('ami-ids');
    if (command !== 'publish') {
        const problems = [
            ['ami-id', amiId],
            ['ami-ids', amiIdsText],
        ].flatMap(([input = '', value = '']) => value === '' ? [] : [new errors/* InputError */.dz(input, value, "applies only with 'command: publish'")]);
        return { amiIds: undefined, problems };
    }
    const parsed = (0,validation/* parseAmisToPublish */.EY)(amiId, amiIdsText, aws.region);
    if (aws.ssmParameter === undefined) {
        parsed.problems.unshift(new errors/* InputError */.dz('ssm-parameter', '', "is required with 'command: publish': name the parameter to publish the AMIs to"));
    }
    return parsed;
}
function parseChoice(input, value, allowed) {
    const choice = allowed.find((candidate) => candidate === value);
    if (choice === undefined) {
        throw new errors/* InputError */.dz(input, value, `must be one of ${allowed.map((a) => `'${a}'`).join(', ')}`);
    }
    return choice;
}
function parseBoolean(source, input) {
    try {
        return source.getBoolean(input);
    }
    catch {
        throw new errors/* InputError */.dz(input, source.get(input), "must be 'true' or 'false'");
    }
}
function parseVersionSpec(value) {
    const trimmed = value.trim();
    if (trimmed === 'latest')
        return { kind: 'latest' };
    const exact = semver.valid(trimmed);
    if (exact !== null)
        return { kind: 'exact', version: exact };
    if (semver.validRange(trimmed) !== null)
        return { kind: 'range', range: trimmed };
    throw new errors/* InputError */.dz('packer-version', value, "must be 'latest', an exact version such as '1.11.2', or a semver range such as '~1.11' or '1.x'");
}
/**
 * The releases site. `user:password@` in the URL is split off (and the password masked at once):
 * messages show the URL without it, and only requests to that site carry it.
 */
function parseReleasesUrl(value) {
    const fail = (allowed) => new errors/* InputError */.dz('releases-url', (0,install_releases/* redactUrl */.BO)(value), allowed);
    let url;
    try {
        url = new URL(value.trim());
    }
    catch {
        throw fail('must be an http(s) URL such as https://releases.hashicorp.com');
    }
    const site = (0,install_releases/* releasesSite */.Qh)(url);
    // The password, or the user name when it stands alone (a token), as given and as decoded.
    if (site.credentials !== undefined) {
        const { username, password } = site.credentials;
        for (const form of new Set([url.password || url.username, password || username])) {
            if (form !== '')
                lib_core/* setSecret */.Pq(form);
        }
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw fail('must be an http(s) URL such as https://releases.hashicorp.com');
    }
    if (url.search !== '' || url.hash !== '') {
        throw fail('must be a base URL without query or fragment');
    }
    return site;
}
/** The key SHA256SUMS must be signed with: HashiCorp's, unless releases-public-key gives one. */
function parsePublicKey(value) {
    const key = value.trim();
    if (key === '')
        return HASHICORP_TRUST;
    if (!key.includes('-----BEGIN PGP PUBLIC KEY BLOCK-----')) {
        throw new errors/* InputError */.dz('releases-public-key', `${key.slice(0, 30)}…`, 'must be an ASCII-armored OpenPGP public key (-----BEGIN PGP PUBLIC KEY BLOCK-----), or empty for HashiCorp’s key');
    }
    try {
        return trustRootOf(key);
    }
    catch (error) {
        throw new errors/* InputError */.dz('releases-public-key', `${key.slice(0, 40)}…`, `is not a usable OpenPGP public key: ${(0,errors/* errorMessage */.gJ)(error)}. ` +
            "Paste the whole armored block, or leave the input empty for HashiCorp's key");
    }
}
/** Non-empty lines, trimmed. */
function lines(value) {
    return value
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '');
}
/** `only` and `except`: names separated by commas or newlines, trimmed. */
function splitList(value) {
    return value
        .split(/[,\r\n]/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
/**
 * `name=value` a line, both sides trimmed. Every bad line is a problem of its own; a bad name is
 * reported without its value, which may be a secret.
 */
function parseVariables(value) {
    const variables = [];
    const problems = [];
    for (const line of lines(value)) {
        const separator = line.indexOf('=');
        if (separator < 0) {
            problems.push(new errors/* InputError */.dz('variables', line, 'each line must be name=value (this one has no =)'));
            continue;
        }
        const name = line.slice(0, separator).trim();
        if (!VARIABLE_NAME.test(name)) {
            problems.push(new errors/* InputError */.dz('variables', `${name}=…`, 'each line must be name=value, the name made of letters, digits, _ and - (not starting with a digit or -)'));
            continue;
        }
        variables.push({ name, value: line.slice(separator + 1).trim() });
    }
    return { variables, problems };
}
/** Resolves `relative` against `base` and requires the real path to lie inside the workspace. */
function resolveInWorkspace(input, value, base, workspace) {
    const resolved = external_node_path_.resolve(base, value);
    let real;
    try {
        real = external_node_fs_.realpathSync(resolved);
    }
    catch {
        throw new errors/* InputError */.dz(input, value, `does not exist (looked for ${resolved})`);
    }
    const realWorkspace = external_node_fs_.realpathSync(workspace);
    const relative = external_node_path_.relative(realWorkspace, real);
    if (relative.startsWith('..') || external_node_path_.isAbsolute(relative)) {
        throw new errors/* InputError */.dz(input, value, `must resolve inside the workspace ${workspace} (it resolves to ${real})`);
    }
    return resolved;
}
function parseWorkingDirectory(value, workspace) {
    const directory = resolveInWorkspace('working-directory', value, workspace, workspace);
    if (!external_node_fs_.statSync(directory).isDirectory()) {
        throw new errors/* InputError */.dz('working-directory', value, 'must be a directory');
    }
    return directory;
}
/** Stands in for a template that failed its checks, so parsing can go on to the other inputs. */
const NO_TEMPLATE = {
    template: '',
    templatePath: '',
    templateKind: 'hcl2',
    templateIsDirectory: false,
};
const TEMPLATE_KINDS = 'a .pkr.hcl, .pkr.json or legacy .json template, or a directory of .pkr.hcl files, relative to working-directory';
function parseTemplate(value, workingDirectory, workspace) {
    const template = value.trim();
    if (template === '')
        throw new errors/* InputError */.dz('template', value, `is required: give ${TEMPLATE_KINDS}`);
    const templatePath = resolveInWorkspace('template', template, workingDirectory, workspace);
    if (external_node_fs_.statSync(templatePath).isDirectory()) {
        const hasTemplates = external_node_fs_.readdirSync(templatePath)
            .some((name) => name.endsWith('.pkr.hcl') || name.endsWith('.pkr.json'));
        if (!hasTemplates)
            throw new errors/* InputError */.dz('template', value, `has no .pkr.hcl files: give ${TEMPLATE_KINDS}`);
        return { template, templatePath, templateKind: 'hcl2', templateIsDirectory: true };
    }
    if (template.endsWith('.pkr.hcl') || template.endsWith('.pkr.json')) {
        return { template, templatePath, templateKind: 'hcl2', templateIsDirectory: false };
    }
    if (template.endsWith('.json')) {
        return { template, templatePath, templateKind: 'legacy-json', templateIsDirectory: false };
    }
    throw new errors/* InputError */.dz('template', value, `must be ${TEMPLATE_KINDS}`);
}
function parseVarFiles(value, workingDirectory, workspace) {
    return lines(value).map((file) => {
        resolveInWorkspace('var-files', file, workingDirectory, workspace);
        return file;
    });
}

// EXTERNAL MODULE: ./lib/install/cache.js + 3 modules
var cache = __nccwpck_require__(7580);
// EXTERNAL MODULE: ./lib/install/platform.js
var install_platform = __nccwpck_require__(6012);
;// CONCATENATED MODULE: ./lib/install/install.js
// Installing Packer: resolve the version, then use the tool cache's entry once checked, or download,
// verify and place a new one.






/**
 * The version `spec` selects. Run while checking inputs, before anything is downloaded: for latest
 * and ranges, a version the index does not list is an InputError. An exact version needs no network
 * here; installPacker finds it in the tool cache or fetches its release files, and asks the index
 * only if they are missing.
 */
async function resolvePackerRelease(options) {
    const { spec, releases } = options;
    const runner = runnerOf(options);
    if (spec.kind === 'exact') {
        const version = semver.clean(spec.version) ?? spec.version;
        const cachedDir = (0,cache/* findEntry */.w4)(entryKey(version, options.trust, runner));
        if (cachedDir !== undefined) {
            lib_core/* debug */.Yz(`Packer ${version} is in the tool cache: the release index is not needed`);
            return { version, index: undefined, cachedDir };
        }
        // Its release files are named by the version: the install asks the index only if they are
        // missing, and a version the index does not list is an input error then.
        return { version, index: undefined };
    }
    const { fetchIndex } = await Promise.all(/* import() */[__nccwpck_require__.e(663), __nccwpck_require__.e(744)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6744));
    const index = await fetchIndex(options);
    const version = (0,install_releases/* resolveVersion */.x)(index, spec, releases.url);
    (0,install_platform/* chooseBuild */.s9)((0,install_releases/* releaseOf */.l7)(index, version, releases.url), runner.platform, runner.arch);
    lib_core/* info */.pq(`packer-version resolved to Packer ${version}`);
    return { version, index };
}
/**
 * Packer `version` from the tool cache, or downloaded from the releases site and cached. A download
 * enters the cache only after SHA256SUMS is verified against `trust`, the zip matches its entry
 * there, and the binary reports the expected version; a cached binary is used only once it matches
 * what was installed.
 */
async function installPacker(options) {
    const { version } = options;
    const runner = runnerOf(options);
    const { trust } = options;
    const key = entryKey(version, trust, runner);
    const executable = (0,install_platform/* binaryName */.fW)((0,install_platform/* hashicorpTarget */.X7)(runner.platform, runner.arch).os);
    const described = `Packer ${version} (${runner.platform}/${runner.arch})`;
    const cachedDir = options.cachedDir ?? (0,cache/* findEntry */.w4)(key);
    if (cachedDir !== undefined) {
        const check = await (0,cache/* checkEntry */.Tr)(cachedDir, executable);
        if (check.trusted) {
            lib_core/* info */.pq(`${described} is in the tool cache: nothing to download`);
            return { version, binary: (0,external_node_path_.join)(cachedDir, executable), cacheHit: true };
        }
        lib_core/* warning */.$e(`The tool cache entry ${cachedDir} cannot be trusted: ${check.problem}. Installing ${described} again.`);
        await (0,cache/* discardEntry */.HI)(cachedDir);
    }
    else {
        lib_core/* info */.pq(`${described} is not in the tool cache: downloading it`);
    }
    // Only a cache miss needs the downloader, the zip reader and openpgp: a hit loads none of them.
    const { downloadRelease } = await Promise.all(/* import() */[__nccwpck_require__.e(663), __nccwpck_require__.e(744)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6744));
    const dir = await downloadRelease(options, { trust, key, executable, runner });
    return { version, binary: (0,external_node_path_.join)(dir, executable), cacheHit: false };
}
function entryKey(version, trust, runner) {
    // The runner's arch name (x64, arm64), whichever HashiCorp build the entry holds.
    return { tool: (0,cache/* toolName */.Uf)(trust.fingerprint), version, arch: runner.arch };
}
function runnerOf({ platform = process.platform, arch = process.arch, }) {
    // Throws for a runner no build can serve, before anything is looked up.
    (0,install_platform/* hashicorpTarget */.X7)(platform, arch);
    return { platform, arch };
}

;// CONCATENATED MODULE: ./lib/packer/argv.js
// Packer's argv and environment, built from the parsed inputs. Argv arrays only: values reach Packer
// verbatim, whatever characters they hold.


/** `packer init` exists from 1.7.0 on; older versions print their usage and exit 1. */
const FIRST_WITH_INIT = '1.7.0';
function supportsInit(packerVersion) {
    const version = semver.valid(packerVersion);
    if (version === null) {
        throw new Error(`Packer version '${packerVersion}' is not a semantic version (like 1.11.2)`);
    }
    return semver.gte(version, FIRST_WITH_INIT);
}
/** `packer init` installs the plugins an HCL2 template requires; undefined for legacy JSON. */
function initArgs(inputs) {
    if (inputs.templateKind !== 'hcl2')
        return undefined;
    return ['init', inputs.template];
}
/** `variablesFile`: the `variables` input's file (see variables.ts), when there are variables. */
function validateArgs(inputs, variablesFile) {
    return [
        'validate',
        '-machine-readable',
        ...templateOptions(inputs, variablesFile),
        inputs.template,
    ];
}
function buildArgs(inputs, variablesFile) {
    return [
        'build',
        '-machine-readable',
        '-color=false',
        `-on-error=${inputs.onError}`,
        ...templateOptions(inputs, variablesFile),
        inputs.template,
    ];
}
/**
 * `packer fmt` reads HCL2 only: a `.pkr.hcl` file or a directory of them, not `.pkr.json` nor
 * legacy JSON.
 */
function fmtApplies(inputs) {
    if (inputs.templateKind !== 'hcl2')
        return false;
    return inputs.templateIsDirectory || inputs.template.endsWith('.pkr.hcl');
}
function fmtCheckArgs(inputs) {
    return ['fmt', '-check', '-diff', inputs.template];
}
/**
 * Options validate and build share: variable files, then the variables' own file last (a later var
 * file wins), and the build selection. No variable's value is ever an argument.
 */
function templateOptions(inputs, variablesFile) {
    const args = [];
    for (const file of inputs.varFiles)
        args.push(`-var-file=${file}`);
    if (variablesFile !== undefined)
        args.push(`-var-file=${variablesFile}`);
    if (inputs.only.length > 0)
        args.push(`-only=${inputs.only.join(',')}`);
    if (inputs.except.length > 0)
        args.push(`-except=${inputs.except.join(',')}`);
    return args;
}
/** Where Packer's debug log goes when the runner's debug logging is on (the `packer-log` output). */
function packerLogPath(inputs) {
    return external_node_path_.join(inputs.runnerTemp, `packer-${inputs.command}.log`);
}
/**
 * The runner's credentials for its own services (OIDC tokens, artifacts, cache): the action uses
 * them, Packer and the provisioners it runs must not see them.
 */
const RUNNER_SECRETS = new Set([
    'ACTIONS_ID_TOKEN_REQUEST_URL',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_RUNTIME_URL',
    'ACTIONS_CACHE_URL',
    'ACTIONS_RESULTS_URL',
]);
/** The action's own inputs (`INPUT_*`) and the runner's credentials are not passed on. */
function keptForPacker(name) {
    return !name.startsWith('INPUT_') && !RUNNER_SECRETS.has(name);
}
/**
 * Packer's environment for every phase: the given one without the action's inputs and the runner's
 * credentials, without the update check, Packer's debug log when asked, and `extra` (credentials)
 * last. The GitHub token is not in it: see initEnvironment.
 */
function packerEnvironment(inputs, baseEnv, extra = {}) {
    const kept = Object.entries(baseEnv).filter(([name]) => keptForPacker(name));
    const env = { ...Object.fromEntries(kept), CHECKPOINT_DISABLE: '1' };
    if (inputs.debug) {
        env.PACKER_LOG = '1';
        env.PACKER_LOG_PATH = packerLogPath(inputs);
    }
    return { ...env, ...extra };
}
/**
 * Packer's temporary files (its own log file, the scripts shell-local provisioners write) in the
 * run's folder rather than the machine's /tmp: a killed Packer leaves them there, and the folder
 * goes with the run (or with the post step, once Packer is gone). TMP and TEMP are for Windows.
 */
function temporaryFilesIn(dir) {
    return { TMPDIR: dir, TMP: dir, TEMP: dir };
}
/**
 * `packer init`'s environment: Packer's, with `github-token` as PACKER_GITHUB_API_TOKEN so that
 * init's calls to api.github.com (plugin releases) are not rate-limited. Only init gets it, never
 * validate, fmt or build, whose provisioners could read it. And only on github.com: a token of
 * GitHub Enterprise Server or ghe.com is not one api.github.com accepts (actions/setup-node gives
 * its token only when `github.server_url` is https://github.com).
 */
function initEnvironment(env, githubToken) {
    if (githubToken === '' || !onGithubDotCom(env.GITHUB_SERVER_URL))
        return env;
    return { ...env, PACKER_GITHUB_API_TOKEN: githubToken };
}
/** GITHUB_SERVER_URL names github.com; unset counts as github.com, as in the actions toolkit. */
function onGithubDotCom(serverUrl) {
    try {
        return new URL(serverUrl || 'https://github.com').hostname.toLowerCase() === 'github.com';
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./lib/process/child.js
var child = __nccwpck_require__(8211);
;// CONCATENATED MODULE: ./lib/packer/stream.js
// Packer's `-machine-readable` output: one record a line, `timestamp,target,type,data...`.
// Packer escapes inside each field: `,` as `%!(PACKER_COMMA)`, newline as the two characters `\n`,
// carriage return as `\r`, and nothing else: a backslash stays as it is, so a Windows path such as
// `images\nginx\node.pkr.hcl` reads like an escaped newline. Anything else (usage text,
// `fmt -diff`, a panic) is plain text.
// The type is a lower-case word so that plain text beginning with digits and a comma is not taken
// for a record.
const RECORD = /^(\d+),([^,]*),([a-z][a-z0-9_-]*)(?:,(.*))?$/;
const ESCAPE = /%!\(PACKER_COMMA\)|\\n|\\r/g;
const UNESCAPED = { '%!(PACKER_COMMA)': ',', '\\n': '\n', '\\r': '\r' };
const ESCAPED_COMMA = /%!\(PACKER_COMMA\)/g;
/**
 * Where HCL names a file, at the start of a line of its message: `on FILE line N:` or
 * `on FILE line N, in source "x" "y":`. Found in the escaped field, so that the file name is known
 * before any `\n` is unescaped.
 */
const ESCAPED_LOCATION = /(^|\\n)(\s*on )(.+?)( line \d+(?::|%!\(PACKER_COMMA\)))/g;
function unescapeText(text) {
    return text.replace(ESCAPE, (escaped) => UNESCAPED[escaped] ?? escaped);
}
/**
 * Undoes Packer's escaping of one field, except inside the file names of `on FILE line N`: there a
 * `\n` or `\r` is part of a Windows path (a file name holds no line breaks), and only commas are
 * unescaped.
 */
function unescapeField(field) {
    let decoded = '';
    let rest = 0;
    for (const match of field.matchAll(ESCAPED_LOCATION)) {
        const [whole, lineStart = '', on = '', file = '', line = ''] = match;
        decoded += unescapeText(field.slice(rest, match.index) + lineStart);
        decoded += on + file.replace(ESCAPED_COMMA, ',') + unescapeText(line);
        rest = match.index + whole.length;
    }
    return decoded + unescapeText(field.slice(rest));
}
/** Decodes one line (without its line ending); undefined when it is plain text. */
function decodeLine(line) {
    const match = RECORD.exec(line);
    if (!match)
        return undefined;
    const [, timestamp = '', target = '', type = '', rest] = match;
    return {
        timestamp,
        target: unescapeField(target),
        type,
        data: rest === undefined ? [] : rest.split(',').map(unescapeField),
    };
}
/**
 * Cuts a stream of text chunks into complete lines, whatever the chunk boundaries. Accepts LF and
 * CRLF; the last line needs no line ending (`end()` returns it).
 */
class stream_LineSplitter {
    pending = '';
    /** The lines completed by this chunk. */
    push(chunk) {
        const parts = (this.pending + chunk).split('\n');
        this.pending = parts.pop() ?? '';
        return parts.map(withoutCarriageReturn);
    }
    /** The unterminated last line, if any. */
    end() {
        const last = this.pending;
        this.pending = '';
        return last === '' ? [] : [withoutCarriageReturn(last)];
    }
}
function withoutCarriageReturn(line) {
    return line.endsWith('\r') ? line.slice(0, -1) : line;
}
/** Splits whole output into lines: each decoded record, or the plain text as it is. */
function decodeOutput(text) {
    const splitter = new stream_LineSplitter();
    return [...splitter.push(text), ...splitter.end()].map((line) => decodeLine(line) ?? line);
}
/** The records of whole output, plain text left out. */
function decodeRecords(text) {
    return decodeOutput(text).filter((line) => typeof line !== 'string');
}
/** `ui` record: its level (`say`, `message`, `error`) and message, or undefined for other records. */
function uiMessage(line) {
    if (line.type !== 'ui')
        return undefined;
    const [level = '', message = ''] = line.data;
    return { level, message };
}

;// CONCATENATED MODULE: ./lib/packer/selection.js
// `only` and `except` must each name a build: Packer 1.6.6 runs nothing, or everything, for a name
// that matches nothing, and exits 0. Each Packer says what it can: a legacy JSON template lists its
// builders (`packer inspect -machine-readable` prints `template-builder` records), checked before
// anything runs; Packer ≥ 1.8 warns about HCL2 names that match nothing (listing the builds) and
// fails with "No builds to run" when nothing is left; for HCL2 on older Packer only the builds that
// ran tell, after the build.



function buildSelection(inputs) {
    if (inputs.only.length > 0)
        return { input: 'only', names: inputs.only };
    if (inputs.except.length > 0)
        return { input: 'except', names: inputs.except };
    return undefined;
}
/** From 1.8.0 Packer warns about HCL2 names that match no build, and fails when none is left. */
function packerChecksNames(packerVersion) {
    return semver.gte(packerVersion, '1.8.0');
}
/**
 * The builders of a legacy JSON template, from `packer inspect -machine-readable`; undefined when it
 * listed none, or a name that is a template (`{{user `x`}}`), resolved only when the build runs.
 */
function inspectedBuilders(lines) {
    const names = lines
        .filter((line) => line.type === 'template-builder')
        .map((line) => line.data[0] ?? '');
    if (names.length === 0 || names.some((name) => name === '' || name.includes('{{'))) {
        return undefined;
    }
    return names;
}
/**
 * Packer's own matching: exact names for legacy JSON templates, glob patterns (`*`, `?`, `[a-z]`,
 * `{a}`, `\` escapes, as github.com/gobwas/glob) for HCL2 ones.
 */
function matchesBuild(name, build, glob) {
    return glob ? globPattern(name).test(build) : name === build;
}
function globPattern(glob) {
    let pattern = '';
    for (let index = 0; index < glob.length; index++) {
        const char = glob.charAt(index);
        if (char === '\\' && index + 1 < glob.length) {
            index++;
            pattern += escapeRegExp(glob.charAt(index));
        }
        else if (char === '*') {
            pattern += '.*';
        }
        else if (char === '?') {
            pattern += '.';
        }
        else if (char === '[') {
            const end = glob.indexOf(']', index + 2);
            if (end < 0) {
                pattern += '\\[';
                continue;
            }
            const inside = glob.slice(index + 1, end);
            const negated = inside.startsWith('!');
            pattern += `[${negated ? '^' : ''}${(negated ? inside.slice(1) : inside).replace(/[\\\]^]/g, '\\$&')}]`;
            index = end;
        }
        else if (char === '{' || char === '}') {
            pattern += char === '{' ? '(?:' : ')';
        }
        else {
            pattern += escapeRegExp(char);
        }
    }
    try {
        return new RegExp(`^${pattern}$`, 's');
    }
    catch {
        // Unbalanced braces: Packer rejects the pattern itself.
        return new RegExp(`^${escapeRegExp(glob)}$`);
    }
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** The names of `selection` that match none of `builds`. */
function unmatchedNames(selection, builds, glob) {
    return selection.names.filter((name) => !builds.some((build) => matchesBuild(name, build, glob)));
}
/** The one error for a selection Packer cannot honour: names the input, its value and why. */
function selectionError(selection, why) {
    return new errors/* InputError */.dz(selection.input, selection.names.join(','), why);
}
const quoted = (names) => names.map((name) => `'${name}'`).join(', ');
/** The one error for names that match no build, listing the builds there are. */
function unmatchedError(selection, unmatched, builds, template) {
    return selectionError(selection, `${quoted(unmatched)} ${unmatched.length === 1 ? 'matches' : 'match'} no build of ${template}; ` +
        `its builds are ${builds.join(', ')}`);
}
// Packer ≥ 1.8, as HCL diagnostics (wrapped at 80 columns): `Warning: an 'only' option was passed,
// but not all matches were found for the given build.` or `… an 'except' option was passed, but did
// not match any build.`, then `Possible build names: [a b].`; and `Error: No builds to run`.
const NAMES_UNMATCHED = /an\s+'(?:only|except)'\s+option\s+was\s+passed,\s+but\s+(?:not\s+all|did\s+not)/;
const POSSIBLE_BUILDS = /Possible\s+build\s+names:\s+\[([^\]]*)\]/;
const NO_BUILDS = /No builds to run/;
/**
 * The error for what Packer itself said about the selection (Packer ≥ 1.8: names that match no
 * build, no build left to run), or undefined when it said nothing of it.
 */
function reportedSelectionError(lines, selection, template) {
    const messages = lines.flatMap((line) => uiMessage(line)?.message ?? []);
    const warning = messages.find((message) => NAMES_UNMATCHED.test(message));
    if (warning !== undefined) {
        const builds = POSSIBLE_BUILDS.exec(warning)?.[1]
            ?.split(/\s+/)
            .filter((name) => name !== '');
        const unmatched = builds === undefined ? [] : unmatchedNames(selection, builds, true);
        if (builds !== undefined && builds.length > 0 && unmatched.length > 0) {
            return unmatchedError(selection, unmatched, builds, template);
        }
        return selectionError(selection, `Packer reports a name that matches no build of ${template}`);
    }
    if (messages.some((message) => NO_BUILDS.test(message))) {
        return selectionError(selection, `leaves no build of ${template} to run`);
    }
    return undefined;
}
const BUILD_ENDED = /^Build '(.+)' (?:finished|errored)\b/;
/** The builds that ran, from `packer build`'s records: their targets and their end messages. */
function buildsThatRan(lines) {
    const ran = new Set();
    for (const line of lines) {
        if (line.target !== '')
            ran.add(line.target);
        const ended = BUILD_ENDED.exec(uiMessage(line)?.message ?? '');
        if (ended?.[1] !== undefined)
            ran.add(ended[1]);
    }
    return [...ran];
}
/**
 * For HCL2 on Packer < 1.8, which checks no name: the error when the build ran nothing, or when a
 * name of `only` matched none of the builds that ran; undefined when neither.
 */
function ranSelectionError(lines, selection, template, packerVersion) {
    const ran = buildsThatRan(lines);
    const unchecked = `(Packer ${packerVersion} does not check the names of HCL2 builds: they are ` +
        '<source type>.<source name>, after the name of their build block when it has one)';
    if (ran.length === 0) {
        return selectionError(selection, `${selection.input === 'only' ? 'matches' : 'leaves'} no build of ${template}, so nothing was built ${unchecked}`);
    }
    if (selection.input === 'except')
        return undefined;
    const unmatched = unmatchedNames(selection, ran, true);
    if (unmatched.length === 0)
        return undefined;
    return selectionError(selection, `${quoted(unmatched)} matched none of the builds of ${template} that ran (${ran.join(', ')}) ${unchecked}`);
}

;// CONCATENATED MODULE: ./lib/packer/inspect.js
// Before anything heavy runs (AWS credentials, validate, build): the builds of a legacy JSON template,
// as `packer inspect` lists them, against `only` / `except`.





/** `packer inspect` of a JSON template reads one file: a minute means something is wrong. */
const INSPECT_TIMEOUT_MILLISECONDS = 60_000;
/**
 * Throws an InputError naming every `only` / `except` name that matches no builder of a legacy JSON
 * template (Packer compares them exactly). When the builders cannot be listed (a name that is a
 * template, a template Packer cannot read: validate says why), the names are checked as Packer runs.
 */
async function checkBuildNames(inputs, packer, signal) {
    const selection = buildSelection(inputs);
    if (selection === undefined || inputs.templateKind !== 'legacy-json')
        return;
    const run = await (0,child/* runWithTimeout */.F2)(packer.binary, ['inspect', '-machine-readable', inputs.template], {
        cwd: inputs.workingDirectory,
        env: packerEnvironment(inputs, process.env),
        timeoutMilliseconds: INSPECT_TIMEOUT_MILLISECONDS,
        signal,
    });
    if (run.killed === 'aborted')
        return;
    const builders = run.exitCode === 0 ? inspectedBuilders(decodeRecords(run.stdout)) : undefined;
    if (builders === undefined) {
        lib_core/* info */.pq(`Could not list the builds of ${inputs.template} with packer inspect ` +
            `(${run.killed === 'timed-out' ? 'timed out' : `exit code ${run.exitCode}`}): ` +
            `'${selection.input}' is checked as Packer runs.`);
        return;
    }
    const unmatched = unmatchedNames(selection, builders, false);
    if (unmatched.length > 0) {
        throw unmatchedError(selection, unmatched, builders, inputs.template);
    }
}

;// CONCATENATED MODULE: ./lib/packer/diagnostics.js
// Packer's error messages as diagnostics the report can annotate: a title, the explanation and,
// for HCL2, the file and line (`on bad_node.pkr.hcl line 3:`).


// HCL prints `on FILE line N:` or `on FILE line N, in source "x" "y":`.
const LOCATION = /^\s*on (.+) line (\d+)[,:]/m;
/** One Packer error message (a `ui,error` record) as a diagnostic. */
function parseDiagnostic(text, paths) {
    const trimmed = text.trim();
    const newline = trimmed.indexOf('\n');
    const title = newline === -1 ? trimmed : trimmed.slice(0, newline).trim();
    const rest = newline === -1 ? '' : trimmed.slice(newline + 1).trim();
    const diagnostic = { title, message: rest === '' ? title : rest };
    const location = LOCATION.exec(rest);
    if (location) {
        const [, file = '', line = ''] = location;
        const inWorkspace = workspaceRelative(file, paths);
        if (inWorkspace !== undefined) {
            diagnostic.file = inWorkspace;
            diagnostic.line = Number(line);
        }
    }
    return diagnostic;
}
/** The diagnostics of `packer validate`: one per `ui,error` record. */
function validateDiagnostics(lines, paths) {
    const diagnostics = [];
    for (const line of lines) {
        const ui = uiMessage(line);
        if (ui?.level !== 'error')
            continue;
        // HCL prints every error of a file in one message, each starting with `Error: `.
        for (const message of ui.message.split(/\n(?=Error: )/)) {
            if (message.trim() !== '')
                diagnostics.push(parseDiagnostic(message, paths));
        }
    }
    return diagnostics;
}
/**
 * The failed builds of `packer build`: one per `<build>,error,<message>` record, which Packer prints
 * once per build at the end (the `ui,error` records around it are the log's rendering of the same).
 */
function buildErrors(lines) {
    return lines
        .filter((line) => line.type === 'error' && line.target !== '')
        .map((line) => ({
        title: `Build '${line.target}' failed`,
        message: (line.data[0] ?? '').trim() || 'Packer gave no reason',
    }));
}
// `D:\a\repo`, `D:/a/repo` or `\\server\share`.
const WINDOWS_PATH = /^(?:[A-Za-z]:[\\/]|\\\\)/;
/**
 * The file as a workspace-relative path with `/` separators; undefined when it lies outside the
 * workspace, where an annotation could not point. Windows paths (`D:\a\repo`) are taken as such
 * whatever the platform the action runs on.
 */
function workspaceRelative(file, paths) {
    const { resolve, relative, isAbsolute, sep } = WINDOWS_PATH.test(paths.workspace)
        ? external_node_path_.win32
        : external_node_path_.posix;
    const inWorkspace = relative(paths.workspace, resolve(paths.workingDirectory, file));
    const outside = inWorkspace === '..' || inWorkspace.startsWith(`..${sep}`) || isAbsolute(inWorkspace);
    if (inWorkspace === '' || outside)
        return undefined;
    return inWorkspace.split(sep).join('/');
}
// `packer fmt -check -diff` prints each file's diff: `--- old/FILE`, `+++ new/FILE`, then hunks.
const FMT_FILE = /^--- old\/(.+)$/;
const FMT_HUNK = /^@@ -(\d+)(?:,\d+)? \+\d+(?:,\d+)? @@/;
/** One diagnostic per hunk of `packer fmt -check -diff`: where the template is not canonical. */
function fmtDiagnostics(text, paths) {
    const diagnostics = [];
    let file;
    let hunk;
    const flush = () => {
        if (file === undefined || hunk === undefined)
            return;
        const diagnostic = {
            title: 'Not formatted canonically (packer fmt)',
            message: hunk.lines.join('\n'),
        };
        const inWorkspace = workspaceRelative(file, paths);
        if (inWorkspace !== undefined) {
            diagnostic.file = inWorkspace;
            diagnostic.line = hunk.line;
        }
        diagnostics.push(diagnostic);
        hunk = undefined;
    };
    for (const line of text) {
        const fileHeader = FMT_FILE.exec(line);
        const hunkHeader = FMT_HUNK.exec(line);
        if (fileHeader) {
            flush();
            file = fileHeader[1];
        }
        else if (hunkHeader) {
            flush();
            hunk = { line: Number(hunkHeader[1]), lines: [] };
        }
        else if (hunk !== undefined && /^[ +-]/.test(line) && !line.startsWith('+++ ')) {
            hunk.lines.push(line);
        }
    }
    flush();
    return diagnostics;
}

;// CONCATENATED MODULE: ./lib/packer/resources.js
// The AWS resources a build announces as it creates them (amazon-ebs, in Packer 1.6.6 and in the
// amazon plugin alike), so that the post step can find what a killed Packer left behind.
function resources_noResources() {
    return { instanceIds: [], keyPairNames: [], securityGroupNames: [], amiIds: [], snapshotIds: [] };
}
// `==> amazon-ebs.web_node: Creating temporary keypair: packer_6b0d8c7f-...`, `    amazon-ebs.web_node:
// Instance ID: i-0123...`: the build name, then the step's own words.
const ANNOUNCEMENTS = [
    ['instanceIds', /: Instance ID: (i-[0-9a-f]+)\s*$/],
    ['keyPairNames', /: Creating temporary keypair: (packer_[0-9a-f-]+)\s*$/],
    [
        'securityGroupNames',
        /: Creating temporary security group for this instance: (packer_[0-9a-f-]+)\s*$/,
    ],
    ['amiIds', /: AMI: (ami-[0-9a-f]+)\s*$/],
    ['snapshotIds', /: Tagging snapshot: (snap-[0-9a-f]+)\s*$/],
];
/** The resource one `ui` message announces, if any. */
function announcedResource(message) {
    for (const [kind, pattern] of ANNOUNCEMENTS) {
        const id = pattern.exec(message)?.[1];
        if (id !== undefined)
            return { kind, id };
    }
    return undefined;
}
/** Adds `id` to `resources`; false when it was already there. */
function addResource(resources, kind, id) {
    if (resources[kind].includes(id))
        return false;
    resources[kind].push(id);
    return true;
}
function hasResources(resources) {
    return Object.values(resources).some((ids) => ids.length > 0);
}

;// CONCATENATED MODULE: external "node:string_decoder"
const external_node_string_decoder_namespaceObject = require("node:string_decoder");
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __nccwpck_require__(8500);
;// CONCATENATED MODULE: ./lib/process/follow.js
// Reads a file while another process writes it, as `tail -f` does: Packer's output goes to a file
// (which, unlike a pipe, does not break when the action is killed) and the action shows it live.




const CHUNK_BYTES = 64 * 1024;
const POLL_MILLISECONDS = 50;
/** Calls `onLine` with each complete line of `path` as it is written, from the start of the file. */
async function followFile(path, onLine, pollMilliseconds = POLL_MILLISECONDS) {
    const file = await (0,promises_.open)(path, 'r');
    const buffer = Buffer.alloc(CHUNK_BYTES);
    // A character split across two reads stays whole.
    const decoder = new external_node_string_decoder_namespaceObject.StringDecoder('utf8');
    const splitter = new stream_LineSplitter();
    let stopping = false;
    // Ends the wait between reads at once when stopping, so Packer's exit is not followed by a pause.
    const wake = new AbortController();
    const readAvailable = async () => {
        for (;;) {
            const { bytesRead } = await file.read(buffer, 0, buffer.length, null);
            if (bytesRead === 0)
                return;
            for (const line of splitter.push(decoder.write(buffer.subarray(0, bytesRead))))
                onLine(line);
        }
    };
    const loop = (async () => {
        while (!stopping) {
            await readAvailable();
            await (0,external_node_timers_promises_.setTimeout)(pollMilliseconds, undefined, { signal: wake.signal }).catch(() => undefined);
        }
    })();
    return {
        async stop() {
            stopping = true;
            wake.abort();
            try {
                await loop;
                await readAvailable();
                for (const line of splitter.push(decoder.end()))
                    onLine(line);
                for (const line of splitter.end())
                    onLine(line);
            }
            finally {
                await file.close();
            }
        },
    };
}
/** The last `count` lines of a file, or fewer; empty when it cannot be read. */
async function lastLines(path, count) {
    let text;
    try {
        const file = await open(path, 'r');
        try {
            const { size } = await file.stat();
            const length = Math.min(size, 256 * 1024);
            const buffer = Buffer.alloc(length);
            await file.read(buffer, 0, length, size - length);
            text = buffer.toString('utf8');
        }
        finally {
            await file.close();
        }
    }
    catch {
        return [];
    }
    const splitter = new LineSplitter();
    return [...splitter.push(text), ...splitter.end()].slice(-count);
}

;// CONCATENATED MODULE: ./lib/packer/run.js




async function runPacker(binary, args, options) {
    const { cancellation, onLine, onText, onNotice } = options;
    const elapsedMs = startStopwatch();
    const lines = [];
    const text = [];
    let stop;
    const packer = await (0,child/* startInBackground */.k5)(binary, args, {
        cwd: options.cwd,
        env: options.env,
        outputPath: options.outputPath,
        platform: options.platform,
    });
    options.onStart?.(packer.pid);
    const follower = await followFile(options.outputPath, (line) => {
        const record = decodeLine(line);
        if (record === undefined) {
            text.push(line);
            onText?.(line);
            return;
        }
        lines.push(record);
        const ui = uiMessage(record);
        if (stop !== undefined && ui !== undefined)
            stop.reported.push(ui.message.trim());
        onLine?.(record);
    });
    const askToStop = (signal) => {
        stop = { pid: packer.pid, asked: packer.method, exited: false, reported: [] };
        if (packer.method === 'console') {
            onNotice?.(`Received ${signal}: not signalling Packer (pid ${packer.pid}), which shares the runner's ` +
                "console and so gets the runner's Ctrl-C itself; waiting for it to clean up and exit.");
        }
        else if (packer.interrupt()) {
            onNotice?.(`Received ${signal}: sent SIGINT to Packer's process group (pid ${packer.pid}), as a ` +
                "terminal's Ctrl-C does; waiting for Packer to clean up and exit.");
        }
    };
    const unsubscribe = cancellation.onSignal(({ signal }, count) => {
        if (count === 1)
            askToStop(signal);
    });
    // A signal that came while Packer was starting.
    const [first] = cancellation.received;
    if (first !== undefined)
        askToStop(first.signal);
    const timeUp = new Promise((resolve) => {
        if (cancellation.timeUpSignal.aborted)
            resolve('time-up');
        cancellation.timeUpSignal.addEventListener('abort', () => resolve('time-up'), { once: true });
    });
    try {
        const ended = await Promise.race([packer.exited, timeUp]);
        await follower.stop();
        const durationMs = elapsedMs();
        if (ended === 'time-up') {
            if (stop !== undefined)
                stop.logPath = options.outputPath;
            return { lines, text, durationMs, stop };
        }
        if (stop !== undefined)
            stop.exited = true;
        return { ...ended, lines, text, durationMs, stop };
    }
    finally {
        unsubscribe();
    }
}

;// CONCATENATED MODULE: ./lib/packer/variables.js
// The `variables` input reaches Packer in a `.pkrvars.json` file of the run's work directory, never
// as `-var name=value`: a command line is readable by every user of the machine (`ps`,
// /proc/<pid>/cmdline) for as long as Packer runs. The file is given after the `var-files`, so its
// values win over theirs, as `-var` did; JSON, not HCL, because `.pkrvars.hcl` takes `${` in a value
// for a template. It exists only while a Packer process that reads it runs.



const VARIABLES_FILE = 'action-variables.pkrvars.json';
/** Where the run's variables file goes in the work directory; the post step removes it too. */
function variablesFilePath(workDir) {
    return external_node_path_.join(workDir, VARIABLES_FILE);
}
/** The file's content: each value a string, as `-var` gave it; a name given twice keeps its last. */
function variablesJson(variables) {
    const values = {};
    for (const { name, value } of variables)
        values[name] = value;
    return `${JSON.stringify(values, null, 2)}\n`;
}
/**
 * Runs `use` with the variables in their file (readable by this user alone), and removes the file
 * when `use` is done; `use` gets no file when there are no variables.
 */
async function withVariablesFile(workDir, variables, use) {
    if (variables.length === 0)
        return use(undefined);
    const file = variablesFilePath(workDir);
    await removeVariablesFile(workDir);
    await (0,promises_.writeFile)(file, variablesJson(variables), { mode: 0o600, flag: 'wx' });
    try {
        return await use(file);
    }
    finally {
        await removeVariablesFile(workDir);
    }
}
function removeVariablesFile(workDir) {
    return (0,promises_.rm)(variablesFilePath(workDir), { force: true });
}
// Packer's warning for a variable a var file sets and the template does not declare: `A "x" variable
// was set but was not found in known variables.` (1.6 to 1.9), `The variable "x" was set but was not
// declared as an input variable.` (later). HCL wraps the text at 80 columns, anywhere.
const UNDECLARED = /\b(?:A|The\s+variable)\s+"([^"]+)"\s+(?:variable\s+)?was\s+set\s+but\s+was\s+not\b/g;
/**
 * The `variables` the template does not declare, from Packer's warnings, in the input's order. As
 * `-var` they were an error; in a var file Packer only warns, so the action makes them an error again.
 */
function undeclaredVariables(lines, variables) {
    const warned = new Set();
    for (const line of lines) {
        for (const [, name = ''] of uiMessage(line)?.message.matchAll(UNDECLARED) ?? []) {
            warned.add(name);
        }
    }
    return [...new Set(variables.map((variable) => variable.name))].filter((name) => warned.has(name));
}

;// CONCATENATED MODULE: ./lib/packer/phases.js
// Packer's phases: init (HCL2, when the version has it), validate, fmt (validate with fmt-check) and
// build. Each runs Packer once in its own log group and turns what Packer printed into a PhaseResult.











/**
 * The phases whose Packer gets AWS credentials: validate and build load the template's builders, which
 * may call AWS; init and fmt never do.
 */
const PHASES_WITH_AWS = new Set(['validate', 'build']);
/** Runs Packer for `phase` in its log group; `onLine` sees each record too. */
async function runPhase(context, phase, args, { onLine, env = context.env, } = {}) {
    const logPath = external_node_path_.join(context.workDir, `packer-${phase}.out`);
    return (0,log/* inPhase */.xe)(phase, async () => {
        const aws = PHASES_WITH_AWS.has(phase) ? await context.packerAws.open() : undefined;
        let exited = true;
        try {
            const result = await runPacker(context.packer.binary, args, {
                cwd: context.inputs.workingDirectory,
                env: { ...env, ...aws?.env },
                outputPath: logPath,
                cancellation: context.cancellation,
                onStart: (pid) => context.state.packerStarted({ pid, phase, logPath }),
                onLine: (line) => {
                    (0,log/* logLine */.BP)(line);
                    onLine?.(line);
                },
                onText: log/* logText */.kc,
                onNotice: (message) => lib_core/* info */.pq(message),
            });
            exited = result.stop === undefined || result.stop.exited;
            if (exited)
                context.state.packerExited();
            return result;
        }
        finally {
            // A Packer left running keeps its credentials for as long as the action's process lives.
            if (exited)
                await aws?.close();
        }
    });
}
/**
 * The result of one Packer run: `ok` when it exited 0 unasked; `cancelled` when a signal came while
 * it ran; else `failed`, with the reason `explain` gives.
 */
function phaseResult(phase, run, explain) {
    const result = {
        phase,
        status: 'ok',
        durationMs: run.durationMs,
        exitCode: run.exitCode,
    };
    if (run.stop !== undefined)
        return { ...result, status: 'cancelled', stop: run.stop };
    if (run.exitCode === 0)
        return result;
    return { ...result, status: 'failed', ...explain() };
}
/**
 * The phase's result, as phaseResult gives it, but failed for `problem` (the action's own finding,
 * such as a build name that matches nothing) in place of Packer's explanation when there is one,
 * also when Packer exited 0.
 */
function judgedResult(phase, run, problem, explain) {
    if (problem === undefined)
        return phaseResult(phase, run, explain);
    const result = phaseResult(phase, run, () => ({ failure: problem }));
    return result.status === 'ok' ? { ...result, status: 'failed', failure: problem } : result;
}
/** Why Packer failed when it said nothing structured: its last plain-text line, or how it ended. */
function lastWords(phase, run) {
    const ended = run.exitCode === null || run.exitCode === undefined
        ? `was ended by ${run.signal ?? 'a signal'}`
        : `failed (exit code ${run.exitCode})`;
    const last = run.text
        .filter((line) => line.trim() !== '')
        .at(-1)
        ?.trim();
    return `packer ${phase} ${ended}: ${last ?? 'no output'}`;
}
const initPhase = {
    name: 'init',
    applies: ({ inputs, packer }) => {
        if (initArgs(inputs) === undefined)
            return false;
        if (supportsInit(packer.version))
            return true;
        return {
            notice: `Packer ${packer.version} has no 'packer init' (it came in 1.7.0): skipping it.`,
        };
    },
    run: async (context) => {
        const { inputs, env } = context;
        const run = await runPhase(context, 'init', initArgs(inputs) ?? [], {
            env: initEnvironment(env, inputs.githubToken),
        });
        return phaseResult('init', run, () => ({ failure: lastWords('init', run) }));
    },
};
const validatePhase = {
    name: 'validate',
    applies: () => true,
    run: async (context) => {
        const { inputs, packer } = context;
        const run = await withVariablesFile(context.workDir, inputs.variables, (file) => runPhase(context, 'validate', validateArgs(inputs, file)));
        const selection = buildSelection(inputs);
        const undeclared = undeclaredVariables(run.lines, inputs.variables);
        const problem = (selection && reportedSelectionError(run.lines, selection, inputs.template)?.message) ??
            (undeclared.length > 0 ? undeclaredMessage(undeclared, inputs.template) : undefined);
        const result = judgedResult('validate', run, problem, () => {
            const diagnostics = validateDiagnostics(run.lines, inputs);
            const count = diagnostics.length;
            return {
                diagnostics,
                failure: count > 0
                    ? `packer validate found ${count} error${count === 1 ? '' : 's'} in ${inputs.template}`
                    : lastWords('validate', run),
            };
        });
        if (result.status !== 'ok')
            return result;
        lib_core/* info */.pq(`${inputs.template} is valid.`);
        if (selection !== undefined &&
            inputs.command === 'validate' &&
            inputs.templateKind === 'hcl2' &&
            !packerChecksNames(packer.version)) {
            lib_core/* notice */.lm(`Packer ${packer.version} does not check the names in '${selection.input}' against the ` +
                `builds of an HCL2 template (Packer 1.8 and later do): a build checks them after it ran.`);
        }
        return result;
    },
};
function undeclaredMessage(undeclared, template) {
    return (`Input 'variables' sets ${undeclared.map((name) => `'${name}'`).join(', ')}, which ` +
        `${template} does not declare: declare ${undeclared.length === 1 ? 'it' : 'them'} ` +
        `(variable "${undeclared[0]}" { type = string }) or remove the line`);
}
const fmtPhase = {
    name: 'fmt',
    applies: ({ inputs }) => {
        if (inputs.command !== 'validate' || !inputs.fmtCheck)
            return false;
        if (fmtApplies(inputs))
            return true;
        return {
            notice: `fmt-check: ${inputs.template} is not an HCL2 .pkr.hcl template; skipping packer fmt.`,
        };
    },
    run: async (context) => {
        const { inputs } = context;
        const run = await runPhase(context, 'fmt', fmtCheckArgs(inputs));
        return phaseResult('fmt', run, () => ({
            diagnostics: fmtDiagnostics(run.text, inputs),
            failure: `packer fmt -check: ${inputs.template} is not formatted canonically; run 'packer fmt ${inputs.template}' and commit the result`,
        }));
    },
};
const buildPhase = {
    name: 'build',
    applies: ({ inputs }) => inputs.command === 'build',
    run: async (context) => {
        // What the build creates in AWS, saved for the post step as it is announced.
        const resources = resources_noResources();
        const { inputs } = context;
        const run = await withVariablesFile(context.workDir, inputs.variables, (file) => runPhase(context, 'build', buildArgs(inputs, file), {
            onLine: (line) => {
                const announced = announcedResource(uiMessage(line)?.message ?? '');
                if (announced && addResource(resources, announced.kind, announced.id)) {
                    context.state.resourcesAnnounced(resources);
                }
            },
        }));
        const selection = buildSelection(inputs);
        const ended = run.exitCode === 0 && run.stop === undefined;
        const problem = selection &&
            (reportedSelectionError(run.lines, selection, inputs.template) ??
                (ended && inputs.templateKind === 'hcl2' && !packerChecksNames(context.packer.version)
                    ? ranSelectionError(run.lines, selection, inputs.template, context.packer.version)
                    : undefined));
        const result = judgedResult('build', run, problem?.message, () => {
            const diagnostics = buildErrors(run.lines);
            return {
                diagnostics,
                failure: diagnostics.length > 0
                    ? diagnostics.map((error) => `${error.title}: ${error.message}`).join('; ')
                    : lastWords('build', run),
            };
        });
        // What a build that ended well made exists, even when the action fails it.
        return ended ? { ...result, artifacts: collectArtifacts(run.lines) } : result;
    },
};

;// CONCATENATED MODULE: ./lib/phases.js
// The run's phases as a table: each one decides whether it applies, runs, and returns a typed result
// into the run's outcome. The first phase that does not end `ok`, or a signal, ends the run.

async function runPhases(phases, context, outcome, onPhase = () => { }) {
    for (const phase of phases) {
        if (context.cancellation.requested)
            return;
        const applies = phase.applies(context);
        if (applies === false)
            continue;
        if (applies !== true) {
            lib_core/* notice */.lm(applies.notice);
            continue;
        }
        onPhase(phase.name);
        const result = await phase.run(context, outcome);
        outcome.phases.push(result);
        if (result.status !== 'ok')
            return;
    }
}

;// CONCATENATED MODULE: ./lib/report/annotations.js
// Diagnostics as error annotations: on the file and line when Packer named them, else on the run.

function annotate(diagnostics) {
    for (const { title, message, file, line } of diagnostics) {
        const properties = { title };
        if (file !== undefined)
            properties.file = file;
        if (line !== undefined)
            properties.startLine = line;
        lib_core/* error */.z3(message, properties);
    }
}

;// CONCATENATED MODULE: ./lib/report/summary.js
// The job summary: what ran, how long each phase took, the artifacts, the AMIs with console links,
// the SSM parameter per region and, after a cancel, what the action saw of it. Rendering is pure;
// `writeSummary` only appends it.




const STATUS_TEXT = {
    succeeded: ':white_check_mark: succeeded',
    failed: ':x: failed',
    cancelled: ':warning: cancelled',
};
/** The summary of `outcome`; `failure` is the message the step fails with, if it does. */
function renderSummary(outcome, failure) {
    const published = outcome.command === 'publish';
    const blocks = published
        ? [`## AMI publication: ${STATUS_TEXT[runStatus(outcome)]}`]
        : [
            `## Packer ${outcome.command ?? 'run'}: ${STATUS_TEXT[runStatus(outcome)]}`,
            [
                `**Template:** ${escapeMarkdown(outcome.template ?? '')}  `,
                `**Packer:** ${outcome.packerVersion === undefined ? 'not installed' : escapeMarkdown(outcome.packerVersion)}${renderInstall(outcome.install)}`,
            ].join('\n'),
        ];
    if (failure !== undefined)
        blocks.push(`**Error:** ${escapeMarkdown(failure)}`);
    if (outcome.phases.length > 0) {
        blocks.push(table(['Phase', 'Duration', 'Result'], outcome.phases.map((phase) => [
            escapeMarkdown(phase.phase),
            formatDuration(phase.durationMs),
            phaseResultText(phase),
        ])));
    }
    blocks.push(...renderCancel(outcome));
    const artifacts = artifactsOf(outcome);
    if (artifacts.length > 0) {
        blocks.push('### Artifacts', table(['Build', 'Builder', 'Id'], artifacts.map(({ buildName, builderId, id }) => [buildName, builderId, id].map(escapeMarkdown))));
    }
    const amiRows = artifacts.flatMap(({ buildName, id }) => parseAmis(id).map(({ region, amiId }) => [
        escapeMarkdown(buildName),
        escapeMarkdown(region),
        `[${escapeMarkdown(amiId)}](${consoleUrl(region, amiId)})`,
    ]));
    if (amiRows.length > 0)
        blocks.push('### AMIs', table(['Build', 'Region', 'AMI'], amiRows));
    const ssm = publicationOf(outcome);
    if (published && ssm !== undefined) {
        const rows = ssm.regions.flatMap(({ region, amiId }) => amiId === undefined
            ? []
            : [[escapeMarkdown(region), `[${escapeMarkdown(amiId)}](${consoleUrl(region, amiId)})`]]);
        if (rows.length > 0)
            blocks.push('### AMIs', table(['Region', 'AMI'], rows));
    }
    if (ssm !== undefined)
        blocks.push(...renderSsm(ssm));
    return `${blocks.join('\n\n')}\n`;
}
function phaseResultText({ status, exitCode }) {
    if (exitCode === undefined)
        return status === 'cancelled' ? 'cancelled; still running' : status;
    if (exitCode === null)
        return 'ended by a signal';
    if (status === 'cancelled')
        return `cancelled; exit code ${exitCode}`;
    // Packer ended well, but the action refused what it saw (a build name that matched nothing).
    if (status === 'failed' && exitCode === 0)
        return 'failed; exit code 0';
    return exitCode === 0 ? 'ok' : `exit code ${exitCode}`;
}
/** What the action saw of a cancel: the signals, and what Packer did after them. */
function renderCancel(outcome) {
    if (outcome.signals.length === 0)
        return [];
    const lines = [
        `**Received:** ${escapeMarkdown(describeSignals(outcome.signals))}${outcome.cancelledDuring === undefined
            ? ''
            : ` during ${escapeMarkdown(outcome.cancelledDuring)}`}`,
    ];
    const stop = outcome.phases.at(-1)?.stop;
    if (stop !== undefined) {
        lines.push(stop.exited
            ? `**Packer:** exited after the signal (pid ${stop.pid}). What it printed since:`
            : `**Packer:** still running (pid ${stop.pid}) when the action stopped waiting; the post step waits for it. What it printed until then:`);
        const reported = stop.reported.filter((line) => line !== '');
        lines.push(reported.length > 0
            ? reported.map((line) => `- ${escapeMarkdown(line)}`).join('\n')
            : '- nothing');
    }
    return ['### Cancelled', lines.join('\n\n')];
}
function renderInstall(install) {
    if (install === undefined)
        return '';
    const how = install.cacheHit ? 'from the tool cache' : 'downloaded and verified';
    return ` (${how} in ${formatDuration(install.durationMs)})`;
}
const REGION_STATE_TEXT = {
    published: 'updated',
    sent: 'maybe written',
    written: 'written, not confirmed',
    skipped: 'not updated',
    failed: 'not updated',
};
function renderSsm({ parameterName, label, regions }) {
    const heading = `### SSM parameter ${escapeMarkdown(parameterName)}${label === undefined ? '' : ` (label ${escapeMarkdown(label)})`}`;
    const blocks = [
        heading,
        table(['Region', 'Version', 'Result'], regions.map(({ region, version, state, error, unchanged }) => [
            escapeMarkdown(region),
            version === undefined ? '' : String(version),
            state === 'published' && unchanged
                ? 'unchanged (it already held this AMI)'
                : `${REGION_STATE_TEXT[state]}${error === undefined ? '' : `: ${escapeMarkdown(error)}`}`,
        ])),
    ];
    const notUpdated = regions.filter((region) => region.state !== 'published');
    if (notUpdated.length > 0) {
        blocks.push(`**Regions not fully published:** ${notUpdated.map(({ region }) => escapeMarkdown(region)).join(', ')}`);
    }
    return blocks;
}
function consoleUrl(region, amiId) {
    const r = encodeURIComponent(region);
    return `https://${r}.console.aws.amazon.com/ec2/home?region=${r}#ImageDetails:imageId=${encodeURIComponent(amiId)}`;
}
function table(header, rows) {
    return [header, header.map(() => '---'), ...rows]
        .map((row) => `| ${row.join(' | ')} |`)
        .join('\n');
}
/**
 * Text that renders as itself inside a paragraph or table cell: inline markup and `|` are
 * backslash-escaped, line breaks become spaces so a value cannot end its table row.
 */
function escapeMarkdown(value) {
    return value.replace(/\r?\n|\r/g, ' ').replace(/[\\`*_[\]<>|~&]/g, (char) => `\\${char}`);
}
/** `850 ms`, `12.3 s`, `4 min 05 s`. */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    const tenths = Math.round(ms / 100);
    if (tenths < 600)
        return `${(tenths / 10).toFixed(1)} s`;
    const seconds = Math.round(ms / 1000);
    return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
}
async function writeSummary(outcome, failure) {
    await lib_core/* summary */.z.addRaw(renderSummary(outcome, failure)).write();
}

;// CONCATENATED MODULE: ./lib/report/report.js
// Reports one run's outcome, once, at its end: outputs, annotations, the job summary, the step's
// result and, for the post step, how the main step ended. Each part is best-effort: one that cannot
// be written (an unwritable summary file, say) is a warning and never hides the others.







async function report(outcome, state) {
    const failure = failureMessage(outcome);
    bestEffort('the outputs', () => setOutputs(outcome));
    bestEffort('the annotations', () => {
        for (const phase of outcome.phases)
            annotate(phase.diagnostics ?? []);
    });
    // Input problems stop the run before anything happened: the errors are the whole report.
    if (outcome.inputErrors.length === 0) {
        try {
            await writeSummary(outcome, failure);
        }
        catch (error) {
            lib_core/* warning */.$e(`Could not write the job summary: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
    bestEffort('the state for the post step', () => state.mainEnded(mainEnd(outcome)));
    if (outcome.inputErrors.length > 0) {
        for (const problem of outcome.inputErrors)
            lib_core/* error */.z3(problem);
        process.exitCode = 1;
    }
    else if (failure !== undefined) {
        lib_core/* setFailed */.C1(failure);
    }
}
function bestEffort(what, write) {
    try {
        write();
    }
    catch (error) {
        lib_core/* warning */.$e(`Could not write ${what}: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
}
function setOutputs(outcome) {
    if (outcome.packerVersion !== undefined)
        lib_core/* setOutput */.uH('packer-version', outcome.packerVersion);
    if (outcome.accountId !== undefined)
        lib_core/* setOutput */.uH('aws-account-id', outcome.accountId);
    if (outcome.packerLog !== undefined)
        lib_core/* setOutput */.uH('packer-log', outcome.packerLog);
    const ssm = publicationOf(outcome);
    if (outcome.command === 'publish') {
        // No Packer, no artifacts: the AMIs are the ones published.
        const amiIds = Object.fromEntries((ssm?.regions ?? []).flatMap(({ region, amiId }) => (amiId ? [[region, amiId]] : [])));
        if (Object.keys(amiIds).length > 0) {
            const home = ssm?.homeRegion;
            lib_core/* setOutput */.uH('ami-id', (home && amiIds[home]) || Object.values(amiIds)[0]);
            lib_core/* setOutput */.uH('ami-ids', JSON.stringify(amiIds));
        }
    }
    else if (outcome.phases.length > 0) {
        const artifacts = artifactsOf(outcome);
        const { amiId, amiIds } = collectAmis(artifacts);
        lib_core/* setOutput */.uH('artifact-id', artifacts[0]?.id ?? '');
        lib_core/* setOutput */.uH('artifacts', JSON.stringify(artifacts));
        lib_core/* setOutput */.uH('ami-id', amiId ?? '');
        lib_core/* setOutput */.uH('ami-ids', JSON.stringify(amiIds));
    }
    const home = ssm?.regions.find((region) => region.region === ssm.homeRegion);
    if (home?.state === 'published' && home.version !== undefined) {
        lib_core/* setOutput */.uH('ssm-parameter-version', String(home.version));
        lib_core/* setOutput */.uH('ssm-parameter-result', home.unchanged ? 'unchanged' : 'updated');
    }
}
function mainEnd(outcome) {
    if (packerLeftRunning(outcome) !== undefined)
        return 'packer-running';
    if (outcome.signals.length > 0)
        return 'cancelled';
    // A Packer killed outright cleaned nothing up: the post step looks at what it left.
    return outcome.phases.some((phase) => phase.exitCode === null) ? 'packer-killed' : 'clean';
}
/** The message the step fails with; undefined when it succeeded. */
function failureMessage(outcome) {
    const status = runStatus(outcome);
    if (status === 'succeeded')
        return undefined;
    if (status === 'cancelled')
        return cancelMessage(outcome);
    if (outcome.inputErrors.length > 0)
        return outcome.inputErrors.join('\n');
    return outcome.error ?? outcome.phases.find((phase) => phase.status !== 'ok')?.failure;
}
/** Only what the action saw: the signals, what it was doing, and what Packer and SSM did after. */
function cancelMessage(outcome) {
    const parts = [
        `Cancelled: received ${describeSignals(outcome.signals)}${outcome.cancelledDuring === undefined ? '' : ` during ${outcome.cancelledDuring}`}.`,
    ];
    const stop = outcome.phases.at(-1)?.stop;
    const exitCode = outcome.phases.at(-1)?.exitCode;
    if (stop?.exited) {
        const cleanly = stop.reported.some((line) => /^Cleanly cancelled builds/.test(line));
        parts.push(`Packer exited${exitCode === null ? ' on a signal' : ` with exit code ${exitCode}`}` +
            (cleanly
                ? ", reporting 'Cleanly cancelled builds after being interrupted.'"
                : ' without reporting a clean cancel.'));
    }
    else if (stop !== undefined) {
        parts.push(`Packer (pid ${stop.pid}) was still running when the action stopped waiting; its output ` +
            `goes on to ${stop.logPath ?? 'its log file'}, and the post step waits for it.`);
    }
    const ssm = publicationOf(outcome);
    if (ssm !== undefined) {
        const byState = (state) => ssm.regions.filter((region) => region.state === state).map((region) => region.region);
        const published = byState('published');
        const skipped = byState('skipped');
        const written = byState('written');
        const sent = byState('sent');
        if (published.length > 0)
            parts.push(`${ssm.parameterName} was published in ${published.join(', ')}.`);
        if (written.length > 0) {
            parts.push(`${ssm.parameterName} got a new version but no confirmation or label in ${written.join(', ')}.`);
        }
        if (sent.length > 0) {
            parts.push(`${ssm.parameterName} may have a new version in ${sent.join(', ')}: PutParameter was sent, its answer not seen.`);
        }
        if (skipped.length > 0)
            parts.push(`${ssm.parameterName} was not touched in ${skipped.join(', ')}.`);
    }
    return parts.join(' ');
}

;// CONCATENATED MODULE: ./lib/post/clean.js
// The one thing a post step after a clean run needs to know, read without loading anything else
// (not even @actions/core): the runner gives the main step's saved state as STATE_<name>.
/** The state name under which the main step says how it ended. */
const END_STATE = 'end';
function mainEndedCleanly(env = process.env) {
    return env[`STATE_${END_STATE}`] === 'clean';
}

;// CONCATENATED MODULE: ./lib/state.js
// Everything the post step needs, in one place: written by the main step with core.saveState as soon
// as it is known (each write is appended to GITHUB_STATE at once, so it survives the main step being
// killed), read back once from the STATE_* variables the runner gives the post step.



/** The tag key the image templates put on the builder instance, its volumes, key pair and group. */
const RUN_TAG_KEY = 'PackerBuildRun';
/** The variable through which Packer's templates get the run tag's value (`env(...)`). */
const RUN_TAG_VARIABLE = 'PACKER_BUILD_RUN';
const MAIN_ENDS = (/* unused pure expression or super */ null && (['clean', 'cancelled', 'packer-running', 'packer-killed']));
const KEYS = {
    end: END_STATE,
    packer: 'packer',
    aws: 'aws',
    runTag: 'run-tag',
    resources: 'resources',
    workDir: 'work-dir',
};
function postStateWriter(save = lib_core/* saveState */.LZ) {
    return {
        runStarted: (runTag, workDir) => {
            save(KEYS.runTag, runTag);
            save(KEYS.workDir, workDir);
        },
        awsUsed: (aws) => save(KEYS.aws, JSON.stringify(aws)),
        packerStarted: (packer) => save(KEYS.packer, JSON.stringify(packer)),
        packerExited: () => save(KEYS.packer, ''),
        resourcesAnnounced: (resources) => save(KEYS.resources, JSON.stringify(resources)),
        mainEnded: (end) => save(KEYS.end, end),
    };
}
/** Reads what the main step saved; anything unreadable counts as not saved. */
function readPostState(get = core.getState) {
    const end = get(KEYS.end);
    return {
        end: MAIN_ENDS.find((known) => known === end),
        packer: parseJson(get(KEYS.packer)),
        aws: parseJson(get(KEYS.aws)),
        runTag: get(KEYS.runTag) || undefined,
        resources: { ...noResources(), ...parseJson(get(KEYS.resources)) },
        workDir: get(KEYS.workDir) || undefined,
    };
}
function parseJson(text) {
    if (text === '')
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./lib/main.js
// The action, as a table of contents: listen for cancellation → parse inputs → resolve and install
// Packer → check only/except → AWS credentials → phases (init, validate, fmt, preflight, build,
// publish) → report. `command: publish` skips Packer: credentials → phases (preflight, publish) →
// report.





















/** `command: build` and `command: validate`. */
const PHASES = [
    initPhase,
    validatePhase,
    fmtPhase,
    preflightPhase,
    buildPhase,
    publishPhase,
];
/** `command: publish`: AMIs that exist already, published as after a build. */
const PUBLISH_PHASES = [preflightPhase, publishPhase];
/** What the action is doing during a phase, for a cancel message. */
const ACTIVITY = {
    preflight: 'the check of the SSM parameter',
    publish: 'the publication to SSM',
};
async function run() {
    const current = startRun();
    try {
        const inputs = getInputs();
        if (inputs.githubToken !== '')
            lib_core/* setSecret */.Pq(inputs.githubToken);
        current.outcome.command = inputs.command;
        current.outcome.template = inputs.template;
        await (inputs.command === 'publish' ? publishExisting : buildOrValidate)(inputs, current);
    }
    catch (error) {
        recordError(current.outcome, error);
    }
    current.credentials?.stop();
    current.outcome.signals = [...current.cancellation.received];
    await report(current.outcome, current.state);
    // Packer's output files are the post step's to remove when Packer was left running.
    if (current.workDir !== undefined && packerLeftRunning(current.outcome) === undefined) {
        await (0,cleanup/* removeQuietly */.S)(current.workDir, "the folder of Packer's output");
    }
}
function startRun() {
    const cancellation = Cancellation.listen();
    const outcome = newOutcome();
    let activity = 'checking the inputs';
    cancellation.onSignal((_, count) => {
        if (count === 1)
            outcome.cancelledDuring = activity;
    });
    return {
        outcome,
        state: postStateWriter(),
        cancellation,
        step: (doing, work, { stops = false } = {}) => {
            activity = doing;
            if (cancellation.requested)
                return Promise.reject(new Cancelled());
            if (!stops)
                return abandonOnAbort(work(), cancellation.requestedSignal, () => new Cancelled());
            return work().catch((error) => {
                throw cancellation.requested ? new Cancelled() : error;
            });
        },
        onPhase: (phase) => {
            activity = ACTIVITY[phase] ?? `packer ${phase}`;
        },
    };
}
/** `command: build` and `validate`: install Packer, then its phases. */
async function buildOrValidate(inputs, current) {
    const { outcome, state, cancellation, step } = current;
    const packer = await step('installing Packer', () => install(inputs, outcome, cancellation.requestedSignal), { stops: true });
    await step('checking only and except', () => checkBuildNames(inputs, packer, cancellation.requestedSignal));
    const lifetimeWarning = (0,validation/* credentialLifetimeWarning */.ft)(inputs.aws, packer.version);
    if (lifetimeWarning !== undefined)
        lib_core/* warning */.$e(lifetimeWarning);
    // Synchronous, as the state and output files the toolkit writes under the runner's folders are.
    const workDir = (0,external_node_fs_.mkdtempSync)(external_node_path_.join(inputs.runnerTemp, 'packer-run-'));
    current.workDir = workDir;
    const runTag = `${process.env.GITHUB_RUN_ID ?? 'local'}-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`;
    state.runStarted(runTag, workDir);
    const credentials = await step('assuming the AWS role', () => awsCredentials(inputs, outcome));
    current.credentials = credentials;
    if (inputs.command === 'build' && inputs.aws.region !== undefined) {
        state.awsUsed({ ...inputs.aws, region: inputs.aws.region });
    }
    if (inputs.debug)
        outcome.packerLog = packerLogPath(inputs);
    const aws = await packerAws({
        region: inputs.aws.region,
        credentials,
        packerVersion: packer.version,
        workDir,
    });
    const env = packerEnvironment(inputs, aws.environment(process.env), {
        ...temporaryFilesIn(workDir),
        [RUN_TAG_VARIABLE]: runTag,
    });
    await runPhases(PHASES, {
        inputs,
        packer,
        env,
        workDir,
        cancellation,
        state,
        credentials: credentials?.provider,
        packerAws: aws,
    }, outcome, current.onPhase);
}
/** `command: publish`: AMIs that exist already; no Packer, no work directory, nothing for the post step. */
async function publishExisting(inputs, current) {
    const { outcome, state, cancellation, step } = current;
    const credentials = await step('assuming the AWS role', () => awsCredentials(inputs, outcome));
    current.credentials = credentials;
    await runPhases(PUBLISH_PHASES, { inputs, cancellation, state, credentials: credentials?.provider }, outcome, current.onPhase);
}
async function install(inputs, outcome, signal) {
    const source = {
        releases: inputs.releases,
        trust: inputs.trust,
        limits: inputs.installLimits,
        signal,
    };
    const release = await resolvePackerRelease({ spec: inputs.packerVersion, ...source });
    const elapsedMs = startStopwatch();
    const packer = await lib_core/* group */.Os('Install Packer', () => installPacker({
        ...release,
        ...source,
        tempDir: inputs.runnerTemp,
    }));
    outcome.packerVersion = packer.version;
    outcome.install = {
        cacheHit: packer.cacheHit,
        durationMs: elapsedMs(),
    };
    return packer;
}
/**
 * Credentials from GitHub OIDC when a role is given, refreshed for as long as the run lasts; the AWS SDK
 * is loaded only then.
 */
async function awsCredentials(inputs, outcome) {
    const { region, roleToAssume } = inputs.aws;
    if (roleToAssume === undefined || region === undefined)
        return undefined;
    const { assumeRoleForTheRun } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(695), __nccwpck_require__.e(953)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6953));
    const assumed = await lib_core/* group */.Os('Assume AWS role', () => assumeRoleForTheRun({ ...inputs.aws, region, roleToAssume }));
    outcome.accountId = assumed.accountId;
    return assumed.credentials;
}
function recordError(outcome, error) {
    if (error instanceof Cancelled)
        return;
    if (error instanceof errors/* InputErrors */.G) {
        outcome.inputErrors.push(...error.problems.map((problem) => problem.message));
    }
    else if (error instanceof errors/* InputError */.dz) {
        outcome.inputErrors.push(error.message);
    }
    else {
        outcome.error = (0,errors/* errorMessage */.gJ)(error);
    }
}


/***/ }),

/***/ 8211:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F2: () => (/* binding */ runWithTimeout),
/* harmony export */   k5: () => (/* binding */ startInBackground)
/* harmony export */ });
/* unused harmony exports interruptMethod, signalGroup, isRunning, waitUntilGone */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8500);
// The one owner of child processes: spawning, signalling, timing out and reaping. Packer runs in the
// background with its output in a file, so that it outlives the action when the runner kills the
// action's process, and in a process group of its own, because the `packer` wrapper ignores SIGINT
// sent to its pid alone (a terminal's Ctrl-C works because it reaches the whole group).



function interruptMethod(platform) {
    return platform === 'win32' ? 'console' : 'process-group';
}
/**
 * Starts `binary` with its output going to `outputPath`. On Linux and macOS it leads a new process
 * group; on Windows it stays on the runner's console so that Ctrl-C reaches it.
 */
function startInBackground(binary, args, options) {
    const method = interruptMethod(options.platform ?? process.platform);
    const output = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(options.outputPath, 'w', 0o600);
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(binary, args, {
            cwd: options.cwd,
            env: options.env,
            stdio: ['ignore', output, output],
            detached: method === 'process-group',
            windowsHide: true,
        });
        // The child has its own copy of the descriptor.
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(output);
        child.once('error', (error) => reject(new Error(`Could not start '${binary}' in '${options.cwd}': ${error.message}`, {
            cause: error,
        })));
        child.once('spawn', () => {
            const pid = child.pid;
            if (pid === undefined) {
                reject(new Error(`'${binary}' started without a process id`));
                return;
            }
            const exited = new Promise((settle) => child.once('exit', (exitCode, signal) => settle({ exitCode, signal })));
            resolve({
                pid,
                method,
                exited,
                interrupt: () => method === 'process-group' && signalGroup(pid, 'SIGINT'),
            });
        });
    });
}
/** What a short run keeps of each stream: enough for `packer inspect`, bounded whatever it prints. */
const SHORT_RUN_OUTPUT_CHARACTERS = 1024 * 1024;
/** After a short run exits, how long its pipes may stay open (held by a child it left behind). */
const PIPE_GRACE_MILLISECONDS = 500;
/**
 * Runs a short command that changes nothing (`packer inspect`, `packer version`) to its end, its
 * output in memory. It leads its own process group (Linux, macOS) so that a timeout or an abort
 * kills the `packer` wrapper and the real Packer behind it at once, with SIGKILL: there is nothing
 * to clean up. It never waits long on pipes that a process it left behind holds open.
 */
function runWithTimeout(binary, args, options) {
    const method = interruptMethod(options.platform ?? process.platform);
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(binary, args, {
            cwd: options.cwd,
            env: options.env,
            stdio: ['ignore', 'pipe', 'pipe'],
            detached: method === 'process-group',
            windowsHide: true,
        });
        const output = { stdout: '', stderr: '' };
        for (const stream of ['stdout', 'stderr']) {
            child[stream].setEncoding('utf8').on('data', (chunk) => {
                if (output[stream].length < SHORT_RUN_OUTPUT_CHARACTERS) {
                    output[stream] = (output[stream] + chunk).slice(0, SHORT_RUN_OUTPUT_CHARACTERS);
                }
            });
        }
        let killed;
        const kill = (why) => {
            if (killed !== undefined || child.pid === undefined)
                return;
            killed = why;
            if (method === 'process-group')
                signalGroup(child.pid, 'SIGKILL');
            else
                child.kill();
        };
        const timer = setTimeout(() => kill('timed-out'), options.timeoutMilliseconds);
        const onAbort = () => kill('aborted');
        options.signal?.addEventListener('abort', onAbort, { once: true });
        const settle = () => {
            clearTimeout(timer);
            options.signal?.removeEventListener('abort', onAbort);
        };
        child.once('error', (error) => {
            settle();
            reject(new Error(`Could not start '${binary}' in '${options.cwd}': ${error.message}`, {
                cause: error,
            }));
        });
        child.once('spawn', () => {
            if (options.signal?.aborted)
                kill('aborted');
        });
        // The output is complete once both streams have ended (`close`), or a moment after the exit.
        child.once('exit', (exitCode, signal) => {
            settle();
            const finish = () => {
                clearTimeout(grace);
                child.stdout.destroy();
                child.stderr.destroy();
                resolve({ exitCode, signal, ...output, ...(killed === undefined ? {} : { killed }) });
            };
            const grace = setTimeout(finish, PIPE_GRACE_MILLISECONDS);
            child.once('close', finish);
        });
    });
}
/** Sends `signal` to the process group `leader` leads; false when the group is gone. */
function signalGroup(leader, signal) {
    try {
        process.kill(-leader, signal);
        return true;
    }
    catch (error) {
        if (error.code === 'ESRCH')
            return false;
        throw error;
    }
}
/** Whether a process with this pid exists (signal 0 checks without sending anything). */
function isRunning(pid) {
    try {
        process.kill(pid, 0);
    }
    catch (error) {
        // EPERM: it exists, but belongs to someone else.
        return error.code === 'EPERM';
    }
    return !isZombie(pid);
}
/**
 * A process that has exited but was not reaped still answers signal 0. An orphan (a Packer whose
 * action was killed) is reaped by PID 1, which some containers' init never does: read its state
 * where Linux shows it.
 */
function isZombie(pid) {
    let stat;
    try {
        stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    }
    catch {
        return false;
    }
    // `pid (comm) state ...`: comm may hold spaces and parentheses, the state follows the last `)`.
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state === 'Z' || state === 'X';
}
/**
 * Waits for a process that is not this one's child (so there is no exit event to wait for) to be
 * gone. Resolves true when it went, false when the time ran out.
 */
async function waitUntilGone(running, options) {
    const { timeoutMilliseconds, pollMilliseconds = 250, progressMilliseconds = 15_000, sleep = (ms) => delay(ms), now = Date.now, onProgress, } = options;
    const started = now();
    let nextProgress = started + progressMilliseconds;
    while (running()) {
        const waited = now() - started;
        if (waited >= timeoutMilliseconds)
            return false;
        if (now() >= nextProgress) {
            onProgress?.(waited);
            nextProgress += progressMilliseconds;
        }
        await sleep(pollMilliseconds);
    }
    return true;
}


/***/ }),

/***/ 9820:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BP: () => (/* binding */ logLine),
/* harmony export */   Lb: () => (/* binding */ issueCommand),
/* harmony export */   kc: () => (/* binding */ logText),
/* harmony export */   xe: () => (/* binding */ inPhase)
/* harmony export */ });
/* unused harmony exports renderLine, withCommandsStopped */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6058);
// The live log: Packer's records rendered as the text a person would have seen, one group per phase,
// shown with workflow commands stopped. The runner takes any line that starts with `::` (after
// spaces) for a command: a provisioner printing `::add-mask::`, `::error::` or `::set-output` would
// speak for the action. Outputs, state and environment go to files, which this does not affect.



/**
 * `ui` messages become their text, one log line per line of the message; other records are left
 * out because Packer also prints them as `ui` messages (`--> amazon-ebs: AMIs were created`).
 */
function renderLine(line) {
    if (line.type !== 'ui')
        return { level: 'info', lines: [] };
    const [level = '', message = ''] = line.data;
    return {
        level: level === 'error' ? 'error' : 'info',
        lines: message.replace(/\n+$/, '').split('\n'),
    };
}
const RED = '\u001b[31m';
const RESET = '\u001b[0m';
/** Writes one record to the log; errors in red, as Packer colours them on a terminal. */
function logLine(line) {
    const rendered = renderLine(line);
    for (const text of rendered.lines) {
        _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(rendered.level === 'error' && text !== '' ? `${RED}${text}${RESET}` : text);
    }
}
/** Writes one plain-text line (usage text, `fmt -diff`) as it is. */
function logText(text) {
    _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(text);
}
/** The token that ends the `::stop-commands::` in force; undefined while commands are processed. */
let stopToken;
function stopCommands() {
    // Fresh each time: nothing printed before can know it, and it is never printed inside.
    stopToken = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16).toString('hex');
    process.stdout.write(`::stop-commands::${stopToken}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}`);
}
function resumeCommands() {
    if (stopToken === undefined)
        return;
    process.stdout.write(`::${stopToken}::${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}`);
    stopToken = undefined;
}
/**
 * Runs `show` with workflow commands stopped, for output the action does not control (Packer's):
 * a line of it that starts with `::` is shown as text and does nothing.
 */
async function withCommandsStopped(show) {
    if (stopToken !== undefined)
        return show();
    stopCommands();
    try {
        return await show();
    }
    finally {
        resumeCommands();
    }
}
/**
 * Issues the action's own workflow command (an annotation, a notice, `::add-mask::` of a refreshed
 * credential), also while Packer's output is shown with commands stopped: commands are resumed for
 * it, then stopped again under a new token. Everything the action says during a phase with
 * `core.*` that writes a `::` line goes through here.
 */
function issueCommand(issue) {
    if (stopToken === undefined) {
        issue();
        return;
    }
    resumeCommands();
    try {
        issue();
    }
    finally {
        stopCommands();
    }
}
/** Runs one phase inside a collapsible log group named after it, with workflow commands stopped. */
function inPhase(phase, run) {
    return _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .group */ .Os(`packer ${phase}`, () => withCommandsStopped(run));
}


/***/ }),

/***/ 6058:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Yz: () => (/* binding */ debug),
  z3: () => (/* binding */ error),
  Vt: () => (/* binding */ getBooleanInput),
  V9: () => (/* binding */ getIDToken),
  V4: () => (/* binding */ getInput),
  Os: () => (/* binding */ group),
  pq: () => (/* binding */ info),
  lm: () => (/* binding */ notice),
  LZ: () => (/* binding */ saveState),
  C1: () => (/* binding */ setFailed),
  uH: () => (/* binding */ setOutput),
  Pq: () => (/* binding */ setSecret),
  z: () => (/* reexport */ summary),
  $e: () => (/* binding */ warning)
});

// UNUSED EXPORTS: ExitCode, addPath, endGroup, exportVariable, getMultilineInput, getState, isDebug, markdownSummary, platform, setCommandEcho, startGroup, toPlatformPath, toPosixPath, toWin32Path

// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __nccwpck_require__(6982);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 2 modules
var lib = __nccwpck_require__(8313);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/auth.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
class BasicCredentialHandler {
    constructor(username, password) {
        this.username = username;
        this.password = password;
    }
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`${this.username}:${this.password}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class BearerCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Bearer ${this.token}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class PersonalAccessTokenCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`PAT:${this.token}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
//# sourceMappingURL=auth.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/oidc-utils.js
var oidc_utils_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



class OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new lib/* HttpClient */.Qq('actions/oidc-client', [new BearerCredentialHandler(OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 3 modules
var lib_exec = __nccwpck_require__(5781);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_.platform();
const arch = external_os_.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function debug(message) {
    command_issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    command_issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    command_issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    command_issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return file_command_issueFileCommand('STATE', file_command_prepareKeyValueMessage(name, value));
    }
    command_issueCommand('save-state', { name }, utils_toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map

/***/ }),

/***/ 5781:
/***/ ((__unused_webpack___webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

"use strict";

// UNUSED EXPORTS: exec, getExecOutput

;// CONCATENATED MODULE: external "string_decoder"
const external_string_decoder_namespaceObject = require("string_decoder");
// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
// EXTERNAL MODULE: external "events"
var external_events_ = __nccwpck_require__(4434);
// EXTERNAL MODULE: external "child_process"
var external_child_process_ = __nccwpck_require__(5317);
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
// EXTERNAL MODULE: ./node_modules/@actions/io/lib/io.js
var io = __nccwpck_require__(8701);
// EXTERNAL MODULE: ./node_modules/@actions/io/lib/io-util.js
var io_util = __nccwpck_require__(90);
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = require("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_.EOL.length);
                n = s.indexOf(external_os_.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return __awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!io_util/* isRooted */.Qh(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield io/* which */.K7(this.toolPath, true);
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield io_util/* exists */.t2(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = tr.argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new tr.ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new StringDecoder('utf8');
        const stderrDecoder = new StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map

/***/ }),

/***/ 8313:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Qq: () => (/* binding */ HttpClient)
});

// UNUSED EXPORTS: Headers, HttpClientError, HttpClientResponse, HttpCodes, MediaTypes, getProxyUrl, isHttps

// EXTERNAL MODULE: external "http"
var external_http_ = __nccwpck_require__(8611);
var external_http_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_http_, 2);
// EXTERNAL MODULE: external "https"
var external_https_ = __nccwpck_require__(5692);
var external_https_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_https_, 2);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map
// EXTERNAL MODULE: ./node_modules/tunnel/index.js
var tunnel = __nccwpck_require__(770);
;// CONCATENATED MODULE: ./stubs/undici/index.js
// @actions/http-client imports undici only for getAgentDispatcher(), which fetch-based callers use
// to honour proxies; this action never calls it (its HTTP goes through node:http). Evaluating the
// real undici costs about 90 ms on every start, most of the action's overhead on a warm tool cache,
// so package.json's `overrides` puts this stub in its place. Anything that does reach it fails loudly.
class ProxyAgent {
  constructor() {
    throw new Error(
      'undici is not bundled in this action: @actions/http-client getAgentDispatcher() is unsupported here',
    );
  }
}

;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/index.js
/* eslint-disable @typescript-eslint/no-explicit-any */
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





var HttpCodes;
(function (HttpCodes) {
    HttpCodes[HttpCodes["OK"] = 200] = "OK";
    HttpCodes[HttpCodes["MultipleChoices"] = 300] = "MultipleChoices";
    HttpCodes[HttpCodes["MovedPermanently"] = 301] = "MovedPermanently";
    HttpCodes[HttpCodes["ResourceMoved"] = 302] = "ResourceMoved";
    HttpCodes[HttpCodes["SeeOther"] = 303] = "SeeOther";
    HttpCodes[HttpCodes["NotModified"] = 304] = "NotModified";
    HttpCodes[HttpCodes["UseProxy"] = 305] = "UseProxy";
    HttpCodes[HttpCodes["SwitchProxy"] = 306] = "SwitchProxy";
    HttpCodes[HttpCodes["TemporaryRedirect"] = 307] = "TemporaryRedirect";
    HttpCodes[HttpCodes["PermanentRedirect"] = 308] = "PermanentRedirect";
    HttpCodes[HttpCodes["BadRequest"] = 400] = "BadRequest";
    HttpCodes[HttpCodes["Unauthorized"] = 401] = "Unauthorized";
    HttpCodes[HttpCodes["PaymentRequired"] = 402] = "PaymentRequired";
    HttpCodes[HttpCodes["Forbidden"] = 403] = "Forbidden";
    HttpCodes[HttpCodes["NotFound"] = 404] = "NotFound";
    HttpCodes[HttpCodes["MethodNotAllowed"] = 405] = "MethodNotAllowed";
    HttpCodes[HttpCodes["NotAcceptable"] = 406] = "NotAcceptable";
    HttpCodes[HttpCodes["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
    HttpCodes[HttpCodes["RequestTimeout"] = 408] = "RequestTimeout";
    HttpCodes[HttpCodes["Conflict"] = 409] = "Conflict";
    HttpCodes[HttpCodes["Gone"] = 410] = "Gone";
    HttpCodes[HttpCodes["TooManyRequests"] = 429] = "TooManyRequests";
    HttpCodes[HttpCodes["InternalServerError"] = 500] = "InternalServerError";
    HttpCodes[HttpCodes["NotImplemented"] = 501] = "NotImplemented";
    HttpCodes[HttpCodes["BadGateway"] = 502] = "BadGateway";
    HttpCodes[HttpCodes["ServiceUnavailable"] = 503] = "ServiceUnavailable";
    HttpCodes[HttpCodes["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function (Headers) {
    Headers["Accept"] = "accept";
    Headers["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function (MediaTypes) {
    MediaTypes["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
/**
 * Returns the proxy URL, depending upon the supplied url and proxy environment variables.
 * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
 */
function lib_getProxyUrl(serverUrl) {
    const proxyUrl = pm.getProxyUrl(new URL(serverUrl));
    return proxyUrl ? proxyUrl.href : '';
}
const HttpRedirectCodes = [
    HttpCodes.MovedPermanently,
    HttpCodes.ResourceMoved,
    HttpCodes.SeeOther,
    HttpCodes.TemporaryRedirect,
    HttpCodes.PermanentRedirect
];
const HttpResponseRetryCodes = [
    HttpCodes.BadGateway,
    HttpCodes.ServiceUnavailable,
    HttpCodes.GatewayTimeout
];
const RetryableHttpVerbs = ['OPTIONS', 'GET', 'DELETE', 'HEAD'];
const ExponentialBackoffCeiling = 10;
const ExponentialBackoffTimeSlice = 5;
class HttpClientError extends Error {
    constructor(message, statusCode) {
        super(message);
        this.name = 'HttpClientError';
        this.statusCode = statusCode;
        Object.setPrototypeOf(this, HttpClientError.prototype);
    }
}
class HttpClientResponse {
    constructor(message) {
        this.message = message;
    }
    readBody() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                let output = Buffer.alloc(0);
                this.message.on('data', (chunk) => {
                    output = Buffer.concat([output, chunk]);
                });
                this.message.on('end', () => {
                    resolve(output.toString());
                });
            }));
        });
    }
    readBodyBuffer() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                const chunks = [];
                this.message.on('data', (chunk) => {
                    chunks.push(chunk);
                });
                this.message.on('end', () => {
                    resolve(Buffer.concat(chunks));
                });
            }));
        });
    }
}
function isHttps(requestUrl) {
    const parsedUrl = new URL(requestUrl);
    return parsedUrl.protocol === 'https:';
}
class HttpClient {
    constructor(userAgent, handlers, requestOptions) {
        this._ignoreSslError = false;
        this._allowRedirects = true;
        this._allowRedirectDowngrade = false;
        this._maxRedirects = 50;
        this._allowRetries = false;
        this._maxRetries = 1;
        this._keepAlive = false;
        this._disposed = false;
        this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
        this.handlers = handlers || [];
        this.requestOptions = requestOptions;
        if (requestOptions) {
            if (requestOptions.ignoreSslError != null) {
                this._ignoreSslError = requestOptions.ignoreSslError;
            }
            this._socketTimeout = requestOptions.socketTimeout;
            if (requestOptions.allowRedirects != null) {
                this._allowRedirects = requestOptions.allowRedirects;
            }
            if (requestOptions.allowRedirectDowngrade != null) {
                this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
            }
            if (requestOptions.maxRedirects != null) {
                this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
            }
            if (requestOptions.keepAlive != null) {
                this._keepAlive = requestOptions.keepAlive;
            }
            if (requestOptions.allowRetries != null) {
                this._allowRetries = requestOptions.allowRetries;
            }
            if (requestOptions.maxRetries != null) {
                this._maxRetries = requestOptions.maxRetries;
            }
        }
    }
    options(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('OPTIONS', requestUrl, null, additionalHeaders || {});
        });
    }
    get(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('GET', requestUrl, null, additionalHeaders || {});
        });
    }
    del(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('DELETE', requestUrl, null, additionalHeaders || {});
        });
    }
    post(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('POST', requestUrl, data, additionalHeaders || {});
        });
    }
    patch(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PATCH', requestUrl, data, additionalHeaders || {});
        });
    }
    put(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PUT', requestUrl, data, additionalHeaders || {});
        });
    }
    head(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('HEAD', requestUrl, null, additionalHeaders || {});
        });
    }
    sendStream(verb, requestUrl, stream, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request(verb, requestUrl, stream, additionalHeaders);
        });
    }
    /**
     * Gets a typed object from an endpoint
     * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
     */
    getJson(requestUrl_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            const res = yield this.get(requestUrl, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    postJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.post(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    putJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.put(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    patchJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.patch(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    /**
     * Makes a raw http request.
     * All other methods such as get, post, patch, and request ultimately call this.
     * Prefer get, del, post and patch
     */
    request(verb, requestUrl, data, headers) {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._disposed) {
                throw new Error('Client has already been disposed.');
            }
            const parsedUrl = new URL(requestUrl);
            let info = this._prepareRequest(verb, parsedUrl, headers);
            // Only perform retries on reads since writes may not be idempotent.
            const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb)
                ? this._maxRetries + 1
                : 1;
            let numTries = 0;
            let response;
            do {
                response = yield this.requestRaw(info, data);
                // Check if it's an authentication challenge
                if (response &&
                    response.message &&
                    response.message.statusCode === HttpCodes.Unauthorized) {
                    let authenticationHandler;
                    for (const handler of this.handlers) {
                        if (handler.canHandleAuthentication(response)) {
                            authenticationHandler = handler;
                            break;
                        }
                    }
                    if (authenticationHandler) {
                        return authenticationHandler.handleAuthentication(this, info, data);
                    }
                    else {
                        // We have received an unauthorized response but have no handlers to handle it.
                        // Let the response return to the caller.
                        return response;
                    }
                }
                let redirectsRemaining = this._maxRedirects;
                while (response.message.statusCode &&
                    HttpRedirectCodes.includes(response.message.statusCode) &&
                    this._allowRedirects &&
                    redirectsRemaining > 0) {
                    const redirectUrl = response.message.headers['location'];
                    if (!redirectUrl) {
                        // if there's no location to redirect to, we won't
                        break;
                    }
                    const parsedRedirectUrl = new URL(redirectUrl);
                    if (parsedUrl.protocol === 'https:' &&
                        parsedUrl.protocol !== parsedRedirectUrl.protocol &&
                        !this._allowRedirectDowngrade) {
                        throw new Error('Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.');
                    }
                    // we need to finish reading the response before reassigning response
                    // which will leak the open socket.
                    yield response.readBody();
                    // strip authorization header if redirected to a different hostname
                    if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
                        for (const header in headers) {
                            // header names are case insensitive
                            if (header.toLowerCase() === 'authorization') {
                                delete headers[header];
                            }
                        }
                    }
                    // let's make the request with the new redirectUrl
                    info = this._prepareRequest(verb, parsedRedirectUrl, headers);
                    response = yield this.requestRaw(info, data);
                    redirectsRemaining--;
                }
                if (!response.message.statusCode ||
                    !HttpResponseRetryCodes.includes(response.message.statusCode)) {
                    // If not a retry code, return immediately instead of retrying
                    return response;
                }
                numTries += 1;
                if (numTries < maxTries) {
                    yield response.readBody();
                    yield this._performExponentialBackoff(numTries);
                }
            } while (numTries < maxTries);
            return response;
        });
    }
    /**
     * Needs to be called if keepAlive is set to true in request options.
     */
    dispose() {
        if (this._agent) {
            this._agent.destroy();
        }
        this._disposed = true;
    }
    /**
     * Raw request.
     * @param info
     * @param data
     */
    requestRaw(info, data) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => {
                function callbackForResult(err, res) {
                    if (err) {
                        reject(err);
                    }
                    else if (!res) {
                        // If `err` is not passed, then `res` must be passed.
                        reject(new Error('Unknown error'));
                    }
                    else {
                        resolve(res);
                    }
                }
                this.requestRawWithCallback(info, data, callbackForResult);
            });
        });
    }
    /**
     * Raw request with callback.
     * @param info
     * @param data
     * @param onResult
     */
    requestRawWithCallback(info, data, onResult) {
        if (typeof data === 'string') {
            if (!info.options.headers) {
                info.options.headers = {};
            }
            info.options.headers['Content-Length'] = Buffer.byteLength(data, 'utf8');
        }
        let callbackCalled = false;
        function handleResult(err, res) {
            if (!callbackCalled) {
                callbackCalled = true;
                onResult(err, res);
            }
        }
        const req = info.httpModule.request(info.options, (msg) => {
            const res = new HttpClientResponse(msg);
            handleResult(undefined, res);
        });
        let socket;
        req.on('socket', sock => {
            socket = sock;
        });
        // If we ever get disconnected, we want the socket to timeout eventually
        req.setTimeout(this._socketTimeout || 3 * 60000, () => {
            if (socket) {
                socket.end();
            }
            handleResult(new Error(`Request timeout: ${info.options.path}`));
        });
        req.on('error', function (err) {
            // err has statusCode property
            // res should have headers
            handleResult(err);
        });
        if (data && typeof data === 'string') {
            req.write(data, 'utf8');
        }
        if (data && typeof data !== 'string') {
            data.on('close', function () {
                req.end();
            });
            data.pipe(req);
        }
        else {
            req.end();
        }
    }
    /**
     * Gets an http agent. This function is useful when you need an http agent that handles
     * routing through a proxy server - depending upon the url and proxy environment variables.
     * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
     */
    getAgent(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        return this._getAgent(parsedUrl);
    }
    getAgentDispatcher(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (!useProxy) {
            return;
        }
        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
    }
    _prepareRequest(method, requestUrl, headers) {
        const info = {};
        info.parsedUrl = requestUrl;
        const usingSsl = info.parsedUrl.protocol === 'https:';
        info.httpModule = usingSsl ? external_https_namespaceObject : external_http_namespaceObject;
        const defaultPort = usingSsl ? 443 : 80;
        info.options = {};
        info.options.host = info.parsedUrl.hostname;
        info.options.port = info.parsedUrl.port
            ? parseInt(info.parsedUrl.port)
            : defaultPort;
        info.options.path =
            (info.parsedUrl.pathname || '') + (info.parsedUrl.search || '');
        info.options.method = method;
        info.options.headers = this._mergeHeaders(headers);
        if (this.userAgent != null) {
            info.options.headers['user-agent'] = this.userAgent;
        }
        info.options.agent = this._getAgent(info.parsedUrl);
        // gives handlers an opportunity to participate
        if (this.handlers) {
            for (const handler of this.handlers) {
                handler.prepareRequest(info.options);
            }
        }
        return info;
    }
    _mergeHeaders(headers) {
        if (this.requestOptions && this.requestOptions.headers) {
            return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
        }
        return lowercaseKeys(headers || {});
    }
    /**
     * Gets an existing header value or returns a default.
     * Handles converting number header values to strings since HTTP headers must be strings.
     * Note: This returns string | string[] since some headers can have multiple values.
     * For headers that must always be a single string (like Content-Type), use the
     * specialized _getExistingOrDefaultContentTypeHeader method instead.
     */
    _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
            if (headerValue) {
                clientHeader =
                    typeof headerValue === 'number' ? headerValue.toString() : headerValue;
            }
        }
        const additionalValue = additionalHeaders[header];
        if (additionalValue !== undefined) {
            return typeof additionalValue === 'number'
                ? additionalValue.toString()
                : additionalValue;
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    /**
     * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
     * Always returns a single string (not an array) since Content-Type should be a single value.
     * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
     * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
     * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
     */
    _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
            if (headerValue) {
                if (typeof headerValue === 'number') {
                    clientHeader = String(headerValue);
                }
                else if (Array.isArray(headerValue)) {
                    clientHeader = headerValue.join(', ');
                }
                else {
                    clientHeader = headerValue;
                }
            }
        }
        const additionalValue = additionalHeaders[Headers.ContentType];
        // Return the first non-undefined value, converting numbers or arrays to strings if necessary
        if (additionalValue !== undefined) {
            if (typeof additionalValue === 'number') {
                return String(additionalValue);
            }
            else if (Array.isArray(additionalValue)) {
                return additionalValue.join(', ');
            }
            else {
                return additionalValue;
            }
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    _getAgent(parsedUrl) {
        let agent;
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (this._keepAlive && useProxy) {
            agent = this._proxyAgent;
        }
        if (!useProxy) {
            agent = this._agent;
        }
        // if agent is already assigned use that agent.
        if (agent) {
            return agent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        let maxSockets = 100;
        if (this.requestOptions) {
            maxSockets = this.requestOptions.maxSockets || external_http_.globalAgent.maxSockets;
        }
        // This is `useProxy` again, but we need to check `proxyURl` directly for TypeScripts's flow analysis.
        if (proxyUrl && proxyUrl.hostname) {
            const agentOptions = {
                maxSockets,
                keepAlive: this._keepAlive,
                proxy: Object.assign(Object.assign({}, ((proxyUrl.username || proxyUrl.password) && {
                    proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
                })), { host: proxyUrl.hostname, port: proxyUrl.port })
            };
            let tunnelAgent;
            const overHttps = proxyUrl.protocol === 'https:';
            if (usingSsl) {
                tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
            }
            else {
                tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
            }
            agent = tunnelAgent(agentOptions);
            this._proxyAgent = agent;
        }
        // if tunneling agent isn't assigned create a new agent
        if (!agent) {
            const options = { keepAlive: this._keepAlive, maxSockets };
            agent = usingSsl ? new external_https_.Agent(options) : new external_http_.Agent(options);
            this._agent = agent;
        }
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            agent.options = Object.assign(agent.options || {}, {
                rejectUnauthorized: false
            });
        }
        return agent;
    }
    _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
        let proxyAgent;
        if (this._keepAlive) {
            proxyAgent = this._proxyAgentDispatcher;
        }
        // if agent is already assigned use that agent.
        if (proxyAgent) {
            return proxyAgent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        proxyAgent = new ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, ((proxyUrl.username || proxyUrl.password) && {
            token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString('base64')}`
        })));
        this._proxyAgentDispatcher = proxyAgent;
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
                rejectUnauthorized: false
            });
        }
        return proxyAgent;
    }
    _getUserAgentWithOrchestrationId(userAgent) {
        const baseUserAgent = userAgent || 'actions/http-client';
        const orchId = process.env['ACTIONS_ORCHESTRATION_ID'];
        if (orchId) {
            // Sanitize the orchestration ID to ensure it contains only valid characters
            // Valid characters: 0-9, a-z, _, -, .
            const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, '_');
            return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
        }
        return baseUserAgent;
    }
    _performExponentialBackoff(retryNumber) {
        return __awaiter(this, void 0, void 0, function* () {
            retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
            const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
            return new Promise(resolve => setTimeout(() => resolve(), ms));
        });
    }
    _processResponse(res, options) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                const statusCode = res.message.statusCode || 0;
                const response = {
                    statusCode,
                    result: null,
                    headers: {}
                };
                // not found leads to null obj returned
                if (statusCode === HttpCodes.NotFound) {
                    resolve(response);
                }
                // get the result from the body
                function dateTimeDeserializer(key, value) {
                    if (typeof value === 'string') {
                        const a = new Date(value);
                        if (!isNaN(a.valueOf())) {
                            return a;
                        }
                    }
                    return value;
                }
                let obj;
                let contents;
                try {
                    contents = yield res.readBody();
                    if (contents && contents.length > 0) {
                        if (options && options.deserializeDates) {
                            obj = JSON.parse(contents, dateTimeDeserializer);
                        }
                        else {
                            obj = JSON.parse(contents);
                        }
                        response.result = obj;
                    }
                    response.headers = res.message.headers;
                }
                catch (err) {
                    // Invalid resource (contents not json);  leaving result obj null
                }
                // note that 3xx redirects are handled by the http layer.
                if (statusCode > 299) {
                    let msg;
                    // if exception/error in body, attempt to get better error
                    if (obj && obj.message) {
                        msg = obj.message;
                    }
                    else if (contents && contents.length > 0) {
                        // it may be the case that the exception is in the body message as string
                        msg = contents;
                    }
                    else {
                        msg = `Failed request: (${statusCode})`;
                    }
                    const err = new HttpClientError(msg, statusCode);
                    err.result = response.result;
                    reject(err);
                }
                else {
                    resolve(response);
                }
            }));
        });
    }
}
const lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => ((c[k.toLowerCase()] = obj[k]), c), {});
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 90:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H8: () => (/* binding */ IS_WINDOWS),
/* harmony export */   Qh: () => (/* binding */ isRooted),
/* harmony export */   rm: () => (/* binding */ rm),
/* harmony export */   t2: () => (/* binding */ exists),
/* harmony export */   vr: () => (/* binding */ tryGetExecutablePath)
/* harmony export */ });
/* unused harmony exports chmod, copyFile, lstat, mkdir, open, readdir, rename, rmdir, stat, symlink, unlink, readlink, UV_FS_O_EXLOCK, READONLY, isDirectory, getCmdPath */
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9896);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6928);
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs__WEBPACK_IMPORTED_MODULE_0__.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        const result = yield fs.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY;
function exists(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return __awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return __awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = path__WEBPACK_IMPORTED_MODULE_1__.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = path__WEBPACK_IMPORTED_MODULE_1__.dirname(filePath);
                        const upperName = path__WEBPACK_IMPORTED_MODULE_1__.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = path__WEBPACK_IMPORTED_MODULE_1__.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map

/***/ }),

/***/ 8701:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K7: () => (/* binding */ which),
/* harmony export */   Yz: () => (/* binding */ rmRF)
/* harmony export */ });
/* unused harmony exports cp, mv, mkdirP, findInPath */
/* harmony import */ var assert__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2613);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6928);
/* harmony import */ var _io_util_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(90);
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return __awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path.join(dest, path.basename(source))
            : dest;
        if (!(yield ioUtil.exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return __awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return __awaiter(this, void 0, void 0, function* () {
        if (_io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .IS_WINDOWS */ .H8) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        ok(fsPath, 'a path argument must be provided');
        yield ioUtil.mkdir(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return __awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (_io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .IS_WINDOWS */ .H8) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return __awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (_io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .IS_WINDOWS */ .H8 && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(path__WEBPACK_IMPORTED_MODULE_1__.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (_io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .isRooted */ .Qh(tool)) {
            const filePath = yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .tryGetExecutablePath */ .vr(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(path__WEBPACK_IMPORTED_MODULE_1__.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(path__WEBPACK_IMPORTED_MODULE_1__.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .tryGetExecutablePath */ .vr(path__WEBPACK_IMPORTED_MODULE_1__.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return __awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield ioUtil.lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function copyFile(srcFile, destFile, force) {
    return __awaiter(this, void 0, void 0, function* () {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield ioUtil.lstat(destFile);
                yield ioUtil.unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield ioUtil.chmod(destFile, '0666');
                    yield ioUtil.unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield ioUtil.readlink(srcFile);
            yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield ioUtil.exists(destFile)) || force) {
            yield ioUtil.copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map

/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/******/ 	// expose the modules object (__webpack_modules__)
/******/ 	__nccwpck_require__.m = __webpack_modules__;
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/create fake namespace object */
/******/ 	(() => {
/******/ 		var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 		var leafPrototypes;
/******/ 		// create a fake namespace object
/******/ 		// mode & 1: value is a module id, require it
/******/ 		// mode & 2: merge all properties of value into the ns
/******/ 		// mode & 4: return value when already ns object
/******/ 		// mode & 16: return value when it's Promise-like
/******/ 		// mode & 8|1: behave like require
/******/ 		__nccwpck_require__.t = function(value, mode) {
/******/ 			if(mode & 1) value = this(value);
/******/ 			if(mode & 8) return value;
/******/ 			if(typeof value === 'object' && value) {
/******/ 				if((mode & 4) && value.__esModule) return value;
/******/ 				if((mode & 16) && typeof value.then === 'function') return value;
/******/ 			}
/******/ 			var ns = Object.create(null);
/******/ 			__nccwpck_require__.r(ns);
/******/ 			var def = {};
/******/ 			leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 			for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 				Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 			}
/******/ 			def['default'] = () => (value);
/******/ 			__nccwpck_require__.d(ns, def);
/******/ 			return ns;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/ensure chunk */
/******/ 	(() => {
/******/ 		__nccwpck_require__.f = {};
/******/ 		// This file contains only the entry chunk.
/******/ 		// The chunk loading function for additional chunks
/******/ 		__nccwpck_require__.e = (chunkId) => {
/******/ 			return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 				__nccwpck_require__.f[key](chunkId, promises);
/******/ 				return promises;
/******/ 			}, []));
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/get javascript chunk filename */
/******/ 	(() => {
/******/ 		// This function allow to reference async chunks
/******/ 		__nccwpck_require__.u = (chunkId) => {
/******/ 			// return url for filenames based on template
/******/ 			return "" + chunkId + ".index.cjs.js";
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/require chunk loading */
/******/ 	(() => {
/******/ 		// no baseURI
/******/ 		
/******/ 		// object to store loaded chunks
/******/ 		// "1" means "loaded", otherwise not loaded yet
/******/ 		var installedChunks = {
/******/ 			792: 1
/******/ 		};
/******/ 		
/******/ 		// no on chunks loaded
/******/ 		
/******/ 		var installChunk = (chunk) => {
/******/ 			var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
/******/ 			for(var moduleId in moreModules) {
/******/ 				if(__nccwpck_require__.o(moreModules, moduleId)) {
/******/ 					__nccwpck_require__.m[moduleId] = moreModules[moduleId];
/******/ 				}
/******/ 			}
/******/ 			if(runtime) runtime(__nccwpck_require__);
/******/ 			for(var i = 0; i < chunkIds.length; i++)
/******/ 				installedChunks[chunkIds[i]] = 1;
/******/ 		
/******/ 		};
/******/ 		
/******/ 		// require() chunk loading for javascript
/******/ 		__nccwpck_require__.f.require = (chunkId, promises) => {
/******/ 			// "1" is the signal for "already loaded"
/******/ 			if(!installedChunks[chunkId]) {
/******/ 				if(true) { // all chunks have JS
/******/ 					installChunk(require("./" + __nccwpck_require__.u(chunkId)));
/******/ 				} else installedChunks[chunkId] = 1;
/******/ 			}
/******/ 		};
/******/ 		
/******/ 		// no external install chunk
/******/ 		
/******/ 		// no HMR
/******/ 		
/******/ 		// no HMR manifest
/******/ 	})();
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};
// This entry need to be wrapped in an IIFE because it need to be in strict mode.
(() => {
"use strict";
var exports = __webpack_exports__;

Object.defineProperty(exports, "__esModule", ({ value: true }));
// The main step's entry. The last-resort catch: whatever escapes run() ends as one error line, never a
// stack trace. The explicit exit: Packer may have been left running on purpose, and nothing else
// (a socket, a timer) may keep the step alive once its report is written; only after a report, so
// that anything escaping even lastResort stays an unhandled rejection (exit code 1). A CommonJS
// file, as the other entries are: see scripts/build.ts.
const lastResort = __nccwpck_require__(537);
const main = __nccwpck_require__(1902);
void main
    .run()
    .catch(lastResort.lastResort)
    .then(() => process.exit());

})();

module.exports = __webpack_exports__;
/******/ })()
;