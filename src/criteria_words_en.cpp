// placeholder: implemented by its component
