"""Files shipped inside the package: fonts, translation catalogues (.ts) and
reference data.  Read them through `app.paths.resource`, never by a path
built from `__file__`, so an installed wheel or a frozen build finds them."""
