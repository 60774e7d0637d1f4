"use strict";
exports.id = 327;
exports.ids = [327];
exports.modules = {

/***/ 8327:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   imageProblem: () => (/* binding */ imageProblem)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5193);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6933);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8083);
// Before `command: publish` points a parameter at an AMI: does the AMI exist in that region, and is it
// available? (SSM checks existence too, but only after PutParameter has answered, and drops the
// version when the check fails.) Loads the EC2 client; import it lazily.




/** Why `amiId` cannot be published in `region`, with the fix; undefined when it can. */
async function imageProblem(amiId, region, credentials, timing = {}) {
    // The SDK's retries would wait outside our control: ours go through `sleep`.
    const client = (0,_clients_js__WEBPACK_IMPORTED_MODULE_2__/* .awsClient */ .x)(_aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__/* .EC2Client */ .gu5, region, credentials, { maxAttempts: 1 });
    try {
        const call = (0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .regionCaller */ .OX)(region, (error) => (0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .isThrottling */ .E2)(error) || (0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .isTransient */ .dg)(error), timing);
        const { Images: images = [] } = await call('DescribeImages', () => client.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__/* .DescribeImagesCommand */ .ji5({ ImageIds: [amiId] })));
        const image = images.find((found) => found.ImageId === amiId);
        if (image === undefined)
            return notFound(amiId, region);
        if (image.State === 'available')
            return undefined;
        const state = image.State ?? 'in no known state';
        return (`AMI ${amiId} in ${region} is ${state}, not available: ` +
            (state === 'pending'
                ? `wait until it is (aws ec2 wait image-available --image-ids ${amiId} --region ${region}), then run again`
                : 'publish an available AMI'));
    }
    catch (error) {
        if ((0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .errorName */ .Is)(error) === 'InvalidAMIID.NotFound')
            return notFound(amiId, region);
        const failure = `ec2:DescribeImages of ${amiId} in ${region} failed: ${(0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .errorName */ .Is)(error)}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`;
        if ((0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .isAccessDenied */ .w7)(error)) {
            return (`${failure}\nThe credentials may not call ec2:DescribeImages in ${region}: the action checks the ` +
                'AMI with it before publishing, and SSM needs it to validate an aws:ec2:image value. Allow it.');
        }
        return (0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .isThrottling */ .E2)(error) || (0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .isTransient */ .dg)(error)
            ? `${failure} (still failing after ${_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .AWS_ATTEMPTS */ .v9} attempts)`
            : failure;
    }
    finally {
        client.destroy();
    }
}
function notFound(amiId, region) {
    return (`AMI ${amiId} does not exist in ${region}, or these credentials cannot see it. An AMI id belongs ` +
        "to one region: publish each region's own id (a build's ami-ids output maps region → AMI id), or " +
        `copy the AMI to ${region} first (aws ec2 copy-image).`);
}


/***/ })

};
;