//! Hugo shortcodes: `{{< name args >}}` and `{{% name args %}}`.

pub mod lexer;
