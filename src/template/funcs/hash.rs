//! `hash` and `crypto`: `hash.FNV32a`, `hash.XxHash` (`xxhash`), `md5`,
//! `sha1`, `sha256`, `crypto.Hash`, `hmac` — digests of the argument's string form, in hex.

use super::super::{Cx, Value};
use super::cast::{arity, string};
use hmac::Mac;
use sha2::Digest;

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// `hash.FNV32a`: the 32-bit FNV-1a hash, as an int.
pub fn fnv32a(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("hash.FNV32a", args, 1, 1)?;
    let mut h: u32 = 0x811c_9dc5;
    for b in string(&args[0])?.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    Ok(Value::Int(i64::from(h)))
}

/// `xxhash` / `hash.XxHash`: XXH64 with seed 0, 16 hex digits.
pub fn xxhash(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("xxhash", args, 1, 1)?;
    let h = twox_hash::XxHash64::oneshot(0, string(&args[0])?.as_bytes());
    Ok(Value::from(format!("{h:016x}")))
}

/// `md5` / `crypto.MD5`
pub fn md5(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("md5", args, 1, 1)?;
    Ok(Value::from(hex(&md5::Md5::digest(string(&args[0])?.as_bytes()))))
}

/// `sha1` / `crypto.SHA1`
pub fn sha1(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("sha1", args, 1, 1)?;
    Ok(Value::from(hex(&sha1::Sha1::digest(string(&args[0])?.as_bytes()))))
}

/// `sha256` / `crypto.SHA256`
pub fn sha256(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("sha256", args, 1, 1)?;
    Ok(Value::from(hex(&sha2::Sha256::digest(string(&args[0])?.as_bytes()))))
}

/// `crypto.Hash [ALGORITHM] VALUE`: the hex digest of the value's string form
/// by md5, sha1, sha256 (the default), sha384 or sha512.
pub fn crypto_hash(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    let (algo, v) = match args {
        [v] => ("sha256".to_owned(), v),
        [a, v] => (string(a)?, v),
        _ => return Err(format!("crypto.Hash: expected 1 or 2 arguments, got {}", args.len())),
    };
    let bytes = string(v)?;
    let bytes = bytes.as_bytes();
    Ok(Value::from(match algo.as_str() {
        "md5" => hex(&md5::Md5::digest(bytes)),
        "sha1" => hex(&sha1::Sha1::digest(bytes)),
        "sha256" => hex(&sha2::Sha256::digest(bytes)),
        "sha384" => hex(&sha2::Sha384::digest(bytes)),
        "sha512" => hex(&sha2::Sha512::digest(bytes)),
        _ => return Err(format!("crypto.Hash: {} is not a supported hash algorithm", crate::go_unicode::quote(&algo, false))),
    }))
}

/// `hmac HASH KEY MESSAGE [ENCODING]` / `crypto.HMAC`: hash md5, sha1, sha256
/// or sha512; encoding hex (the default) or binary.
pub fn hmac(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("hmac", args, 3, 4)?;
    let (h, key, msg) = (string(&args[0])?, string(&args[1])?, string(&args[2])?);
    macro_rules! mac {
        ($t:ty) => {{
            let mut m = hmac::Hmac::<$t>::new_from_slice(key.as_bytes()).map_err(|e| e.to_string())?;
            m.update(msg.as_bytes());
            m.finalize().into_bytes().to_vec()
        }};
    }
    let sum = match h.as_str() {
        "md5" => mac!(md5::Md5),
        "sha1" => mac!(sha1::Sha1),
        "sha256" => mac!(sha2::Sha256),
        "sha512" => mac!(sha2::Sha512),
        _ => return Err(format!("hmac: {h} is not a supported hash function")),
    };
    let encoding = match args.get(3) {
        Some(e) => string(e)?,
        None => "hex".to_owned(),
    };
    Ok(Value::from(match encoding.as_str() {
        "hex" => hex(&sum),
        "binary" => String::from_utf8_lossy(&sum).into_owned(),
        _ => return Err(format!("{} is not a supported encoding method", crate::go_unicode::quote(&encoding, false))),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::template::NoHost;

    #[test]
    fn digests_match_known_values() {
        let mut cx = Cx::new(&NoHost);
        let a = [Value::from("Hello world")];
        assert_eq!(md5(&mut cx, &a), Ok(Value::from("3e25960a79dbc69b674cd4ec67a72c62")));
        assert_eq!(sha1(&mut cx, &a), Ok(Value::from("7b502c3a1f48c8609ae212cdfb639dee39673f5e")));
        assert_eq!(fnv32a(&mut cx, &a), Ok(Value::Int(1498229191)));
    }
}
