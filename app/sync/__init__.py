"""The sync protocol, shared by the laptop and the server: the wire format
(`wire`, `batches`), the merge (`merge`), bulk row access (`rowstore`),
erasure (`erasure`), USB bundles' format (`bundle`), certificate
fingerprints and the errors both sides raise.  Never imports the laptop's
client (`app.laptop_sync`) nor the services.  See docs/sync.md."""
