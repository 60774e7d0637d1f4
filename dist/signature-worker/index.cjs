/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ 339:
/***/ ((module) => {

module.exports = require("module");

/***/ }),

/***/ 598:
/***/ ((module) => {

module.exports = require("node:crypto");

/***/ }),

/***/ 919:
/***/ ((module) => {

module.exports = require("node:worker_threads");

/***/ }),

/***/ 452:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   InputError: () => (/* binding */ InputError),
/* harmony export */   InputErrors: () => (/* binding */ InputErrors),
/* harmony export */   errorMessage: () => (/* binding */ errorMessage)
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

/***/ 609:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   verifyDetachedSignature: () => (/* binding */ verifyDetachedSignature)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(452);
// The OpenPGP signature of SHA256SUMS. openpgp is large (about 150 ms to load): the action loads it
// only to verify a download, and then in a worker thread (signature-worker.cts), never on a hit.

/**
 * Throws unless `binarySignature` is a valid detached signature of `data` by `armoredPublicKey`
 * (or one of its subkeys). Returns the upper-case fingerprint of the key's primary key.
 */
async function verifyDetachedSignature(data, binarySignature, armoredPublicKey) {
    // Loaded at the first check: importing this module costs nothing.
    const openpgp = await __nccwpck_require__.e(/* import() */ 74).then(__nccwpck_require__.bind(__nccwpck_require__, 74));
    let verificationKey;
    try {
        verificationKey = await openpgp.readKey({ armoredKey: armoredPublicKey });
    }
    catch (error) {
        throw new Error(`Input 'releases-public-key' is not a usable ASCII-armored OpenPGP public key ` +
            `(${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__.errorMessage)(error)}). Paste the whole block from '-----BEGIN PGP PUBLIC KEY BLOCK-----' ` +
            `to '-----END PGP PUBLIC KEY BLOCK-----', or leave the input empty to use HashiCorp's key.`, { cause: error });
    }
    let signature;
    try {
        signature = await openpgp.readSignature({ binarySignature });
    }
    catch (error) {
        throw new Error(`The SHA256SUMS signature file is not an OpenPGP signature (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__.errorMessage)(error)}): ` +
            'the download is corrupt or tampered with.', { cause: error });
    }
    const { signatures } = await openpgp.verify({
        message: await openpgp.createMessage({ binary: data }),
        signature,
        verificationKeys: verificationKey,
        format: 'binary',
    });
    if (signatures.length === 0) {
        throw new Error('The SHA256SUMS signature file holds no signatures.');
    }
    const fingerprint = verificationKey.getFingerprint().toUpperCase();
    for (const { verified, keyID } of signatures) {
        try {
            // verify() resolves whatever the outcome; only each signature's `verified` promise can fail.
            await verified;
        }
        catch (error) {
            throw new Error(`SHA256SUMS is not validly signed by key ${fingerprint} (signature by key ID ` +
                `${keyID.toHex().toUpperCase()}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__.errorMessage)(error)}). The download is corrupt or ` +
                `tampered with, or releases-public-key is not the key that signs this releases site.`, { cause: error });
        }
    }
    return fingerprint;
}


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
/******/ 			__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
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
// This entry need to be wrapped in an IIFE because it uses a non-standard name for the exports (exports).
(() => {
var exports = __webpack_exports__;

Object.defineProperty(exports, "__esModule", ({ value: true }));
// A worker thread's entry, built as its own bundle (dist/signature-worker/): it verifies SHA256SUMS's
// signature with openpgp, so that loading openpgp does not hold the main thread, which meanwhile
// extracts the zip as it arrives. One request in workerData, one answer posted back.
const workerThreads = __nccwpck_require__(919);
const errors = __nccwpck_require__(452);
const check = __nccwpck_require__(609);
const { data, signature, armoredKey } = workerThreads.workerData;
const answer = (message) => workerThreads.parentPort?.postMessage(message);
check.verifyDetachedSignature(data, signature, armoredKey).then((fingerprint) => answer({ fingerprint }), (error) => answer({ error: errors.errorMessage(error) }));

})();

module.exports = __webpack_exports__;
/******/ })()
;