"""What a model predicted, as the dataset index stores it beside the boxes (shape_blob)."""
