/**
 * A minimal Word document (`.docx`) for tests, built in memory: one `w:p`
 * per paragraph, each one run of text; a `\n` in a paragraph is a line
 * break (`w:br`) inside it.
 */
import JSZip from 'jszip'

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

function paragraph(text: string): string {
  const runs = text.split('\n').map((part) => `<w:t xml:space="preserve">${escape(part)}</w:t>`)
  return `<w:p><w:r>${runs.join('<w:br/>')}</w:r></w:p>`
}

export async function wordDocument(paragraphs: ReadonlyArray<string>): Promise<Buffer> {
  const zip = new JSZip()
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
      '</Types>'
  )
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
      '</Relationships>'
  )
  zip.file(
    'word/document.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
      paragraphs.map(paragraph).join('') +
      '</w:body></w:document>'
  )
  return zip.generateAsync({type: 'nodebuffer'})
}
