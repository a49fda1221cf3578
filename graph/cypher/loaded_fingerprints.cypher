// name: loaded_fingerprints
// description: Document keys in the graph with the fingerprint of their last load.
// parameters: none
MATCH (d:Document)
RETURN d.key AS key, d.fingerprint AS fingerprint
