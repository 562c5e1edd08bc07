// Input handling: reading with a size limit, then decoding and checking the bytes.
export { MAX_INPUT_BYTES, MAX_CONTROL_RATIO, MAX_HIGH_BYTE_RATIO, MIN_LETTER_RATIO } from "./limits";
export { decodeInput, controlRatio, letterRatio, sniffMediaType, type DecodeResult, type DecodedInput, type DecodeOptions, type InputError, type InputErrorCode } from "./decode";
export { readStream, readFileLimited, type ReadResult } from "./read";
