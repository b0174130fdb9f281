//! Parses GEXF or GraphML back with a real XML parser (the `xml` crate): well-formedness,
//! nodes with their attributes, edges with their weights.

use std::collections::BTreeMap;
use xml::reader::{EventReader, XmlEvent};

pub struct Node {
    pub id: String,
    pub label: String,
    pub attrs: BTreeMap<String, String>,
}

impl Node {
    pub fn attr(&self, k: &str) -> &str {
        self.attrs.get(k).map_or("", String::as_str)
    }
}

/// Nodes in document order, and edges as (source, target, weight).
pub fn parse(doc: &str) -> (Vec<Node>, Vec<(String, String, f64)>) {
    let mut nodes: Vec<Node> = Vec::new();
    let mut edges = Vec::new();
    let mut keys: BTreeMap<String, String> = BTreeMap::new();
    let mut data_key: Option<String> = None;
    let mut in_edge = false;
    for ev in EventReader::new(doc.as_bytes()) {
        match ev.expect("well-formed XML") {
            XmlEvent::StartElement {
                name, attributes, ..
            } => {
                let a = |k: &str| {
                    attributes
                        .iter()
                        .find(|x| x.name.local_name == k)
                        .map(|x| x.value.clone())
                };
                match name.local_name.as_str() {
                    "key" => {
                        keys.insert(a("id").unwrap(), a("attr.name").unwrap());
                    }
                    "node" => {
                        in_edge = false;
                        nodes.push(Node {
                            id: a("id").unwrap(),
                            label: a("label").unwrap_or_default(),
                            attrs: BTreeMap::new(),
                        });
                    }
                    "edge" => {
                        in_edge = true;
                        let w = a("weight").map_or(1.0, |w| w.parse().unwrap());
                        edges.push((a("source").unwrap(), a("target").unwrap(), w));
                    }
                    "attvalue" if !in_edge => {
                        let n = nodes.last_mut().unwrap();
                        n.attrs.insert(a("for").unwrap(), a("value").unwrap());
                    }
                    "data" => data_key = a("key"),
                    _ => {}
                }
            }
            XmlEvent::Characters(text) => {
                if let Some(k) = data_key.take() {
                    let name = keys.get(&k).cloned().unwrap_or(k);
                    if in_edge {
                        if name == "weight" {
                            edges.last_mut().unwrap().2 = text.parse().unwrap();
                        }
                    } else {
                        let n = nodes.last_mut().unwrap();
                        if name == "label" {
                            n.label = text;
                        } else {
                            n.attrs.insert(name, text);
                        }
                    }
                }
            }
            XmlEvent::EndElement { .. } => data_key = None,
            _ => {}
        }
    }
    (nodes, edges)
}
