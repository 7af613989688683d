"""Qt views and workers. Imports app.core and widgets; never imported by them."""
