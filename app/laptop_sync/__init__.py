"""The laptop's side of sync: joining a server (`client.join_server`,
`joining`), the sync round trip (`client.sync`, `transport`, `outbox`,
`apply`), what the laptop remembers of its server (`config`, `refusals`),
its clock brought back within the bound (`clock_recovery`), TLS pinning,
conflicts to review, USB bundle export, and sentences for the CLI.  The
server never imports it.  See docs/sync.md."""
