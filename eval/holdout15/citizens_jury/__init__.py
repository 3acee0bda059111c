"""Citizens assemblies: invitation lottery, volunteer registration, stratified selection."""
