//! `newScratch` (a `Scratch`: a map a template may change — `Set`, `Add`,
//! `SetInMap`, `DeleteInMap`, `Get`, `GetSortedMapValues`, `Delete`, `Values`)
//! and `keyVals` (a `KeyValues` with `Key` and `Values`).

use super::super::value::Object;
use super::super::{Cx, Map, Value};
use super::cast::{arity, string};
use std::any::Any;
use std::sync::Mutex;

/// Hugo's `maps.Scratch`.
#[derive(Default)]
pub struct Scratch {
    values: Mutex<Map>,
}

fn lock(s: &Scratch) -> std::sync::MutexGuard<'_, Map> {
    s.values.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl Object for Scratch {
    fn type_name(&self) -> &str {
        "*maps.Scratch"
    }

    fn member(&self, name: &str, args: &[Value], _: &mut Cx<'_>) -> Result<Option<Value>, String> {
        let key = |i: usize| -> Result<String, String> { string(&args[i]) };
        Ok(Some(match name {
            "Set" => {
                arity("Set", args, 2, 2)?;
                lock(self).insert(key(0)?, args[1].clone());
                Value::from("")
            }
            "Get" => {
                arity("Get", args, 1, 1)?;
                lock(self).get(&key(0)?).cloned().unwrap_or(Value::Nil)
            }
            "Delete" => {
                arity("Delete", args, 1, 1)?;
                lock(self).remove(&key(0)?);
                Value::from("")
            }
            "Values" => Value::map(lock(self).clone()),
            "Add" => {
                arity("Add", args, 2, 2)?;
                let k = key(0)?;
                let mut m = lock(self);
                let new = match m.get(&k) {
                    None => args[1].clone(),
                    Some(Value::List(l)) => {
                        let mut l = (**l).clone();
                        match &args[1] {
                            Value::List(more) => l.extend(more.iter().cloned()),
                            v => l.push(v.clone()),
                        }
                        Value::list(l)
                    }
                    Some(existing) => super::math::arithmetic(existing, &args[1], '+')?,
                };
                m.insert(k, new);
                Value::from("")
            }
            "SetInMap" => {
                arity("SetInMap", args, 3, 3)?;
                let (k, mk) = (key(0)?, key(1)?);
                let mut m = lock(self);
                let mut inner = match m.get(&k) {
                    Some(Value::Map(inner)) => (**inner).clone(),
                    _ => Map::new(),
                };
                inner.insert(mk, args[2].clone());
                m.insert(k, Value::map(inner));
                Value::from("")
            }
            "DeleteInMap" => {
                arity("DeleteInMap", args, 2, 2)?;
                let (k, mk) = (key(0)?, key(1)?);
                let mut m = lock(self);
                if let Some(Value::Map(inner)) = m.get(&k) {
                    let mut inner = (**inner).clone();
                    inner.remove(&mk);
                    m.insert(k, Value::map(inner));
                }
                Value::from("")
            }
            "GetSortedMapValues" => {
                arity("GetSortedMapValues", args, 1, 1)?;
                match lock(self).get(&key(0)?) {
                    Some(Value::Map(inner)) => Value::list(inner.iter().map(|(_, v)| v.clone()).collect()),
                    _ => Value::Nil,
                }
            }
            _ => return Ok(None),
        }))
    }

    fn data(&self) -> Option<Value> {
        Some(Value::map(lock(self).clone()))
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `newScratch` / `collections.NewScratch`
pub fn new_scratch(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("newScratch", args, 0, 0)?;
    Ok(Value::object(Scratch::default()))
}

/// Hugo's `types.KeyValues`.
pub struct KeyValues {
    key: Value,
    values: Vec<Value>,
}

impl Object for KeyValues {
    fn type_name(&self) -> &str {
        "types.KeyValues"
    }

    fn member(&self, name: &str, _: &[Value], _: &mut Cx<'_>) -> Result<Option<Value>, String> {
        Ok(match name {
            "Key" => Some(self.key.clone()),
            "Values" => Some(Value::list(self.values.clone())),
            "KeyString" => Some(Value::from(self.key.text())),
            _ => None,
        })
    }

    fn text(&self) -> String {
        let vals: Vec<String> = self.values.iter().map(Value::text).collect();
        format!("{}: [{}]", self.key.text(), vals.join(" "))
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `keyVals KEY VALUES…` / `collections.KeyVals`
pub fn key_vals(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("keyVals", args, 1, usize::MAX)?;
    Ok(Value::object(KeyValues { key: args[0].clone(), values: args[1..].to_vec() }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::template::NoHost;

    #[test]
    fn a_scratch_remembers_and_adds() {
        let mut cx = Cx::new(&NoHost);
        let s = new_scratch(&mut cx, &[]).unwrap();
        cx.member(&s, "Set", &[Value::from("n"), Value::Int(1)]).unwrap();
        cx.member(&s, "Add", &[Value::from("n"), Value::Int(2)]).unwrap();
        assert_eq!(cx.member(&s, "Get", &[Value::from("n")]), Ok(Value::Int(3)), "Add adds numbers");
        cx.member(&s, "Add", &[Value::from("l"), Value::list(vec![Value::Int(1)])]).unwrap();
        cx.member(&s, "Add", &[Value::from("l"), Value::Int(2)]).unwrap();
        assert_eq!(cx.member(&s, "Get", &[Value::from("l")]), Ok(Value::list(vec![Value::Int(1), Value::Int(2)])), "Add appends to lists");
    }
}
