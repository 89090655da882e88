"""What the laptop's database, the sync code and the server all stand on:
the hybrid logical clock (`clock`), the stamping of every local write
(`stamping`) and the coded errors of the domain (`errors`, `problems`).
Imports only `app.models`.  See docs/architecture.md."""
