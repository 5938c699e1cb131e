/**
 * Metadata read off a document's text: one reader per field over one split of the text into zones.
 *
 * <p>How a text is read ({@link io.vankien.meta.MetadataExtractor#extract}):
 *
 * <ol>
 *   <li>extraction's {@link io.vankien.extract.TextCleaner} (before indexing and reading alike) normalizes
 *       what converters leave (NFC, Markdown and HTML markup, pandoc's grid, pipe and dashed tables,
 *       side-by-side columns); the one step of it that needs this package's vocabularies (signer roles,
 *       personal names) is {@link io.vankien.meta.SignatureColumns}, a signature table read row by row;
 *   <li>{@link io.vankien.meta.DocumentZones} splits it once: lines without the copy stamp
 *       ({@link io.vankien.meta.CopyStamp}), the header ({@link io.vankien.meta.HeaderReader}, after
 *       {@link io.vankien.meta.GluedRuns} split runs a converter glued), the body with wrapped lines joined
 *       ({@link io.vankien.meta.WrappedLines}), the signature block ({@link io.vankien.meta.SignatureReader});
 *   <li>each field's reader reads the zones.
 * </ol>
 *
 * <table>
 *   <caption>Where the rule for a field is, and its tests</caption>
 *   <tr><th>field</th><th>reader</th><th>test class</th></tr>
 *   <tr><td>type</td><td>{@link io.vankien.meta.TypeReader} ({@link io.vankien.meta.DocumentTypes})</td><td>TypeReaderTest</td></tr>
 *   <tr><td>number</td><td>{@link io.vankien.meta.NumberReader} ({@link io.vankien.meta.DocumentNumbers})</td><td>NumberReaderTest, DocumentNumbersTest</td></tr>
 *   <tr><td>date, dateSource</td><td>{@link io.vankien.meta.DateReader}</td><td>DateReaderTest</td></tr>
 *   <tr><td>issuer</td><td>{@link io.vankien.meta.IssuerReader}</td><td>IssuerReaderTest</td></tr>
 *   <tr><td>level</td><td>{@link io.vankien.meta.LevelReader}, {@link io.vankien.meta.Level}</td><td>LevelReaderTest</td></tr>
 *   <tr><td>province, provinceCurrent, provincesMentioned</td><td>{@link io.vankien.meta.ProvinceReader}
 *       ({@link io.vankien.meta.Provinces})</td><td>ProvinceReaderTest, ProvincesTest</td></tr>
 *   <tr><td>title</td><td>{@link io.vankien.meta.TitleReader}</td><td>TitleReaderTest</td></tr>
 *   <tr><td>signer, signerRole, signingAuthority</td><td>{@link io.vankien.meta.SignatureReader}
 *       ({@link io.vankien.meta.PersonNames}, {@link io.vankien.meta.SignerRoles},
 *       {@link io.vankien.meta.SigningAuthorityStyle})</td><td>SigningAuthorityStyleTest, SignatureColumnsTest</td></tr>
 *   <tr><td>term</td><td>{@link io.vankien.meta.TermReader}</td><td>TermReaderTest (and held-out layout tests)</td></tr>
 *   <tr><td>recipients</td><td>{@link io.vankien.meta.RecipientsReader}</td><td>RecipientsReaderTest</td></tr>
 *   <tr><td>cites</td><td>{@link io.vankien.meta.CitesReader}</td><td>CitesReaderTest</td></tr>
 *   <tr><td>access</td><td>{@link io.vankien.meta.AccessStampReader}</td><td>AccessStampReaderTest</td></tr>
 * </table>
 *
 * <p>Word lists are data in {@code src/main/resources/io/vankien/meta} (read by
 * {@link io.vankien.meta.Vocabulary}): {@code document-types.txt}, {@code document-type-codes.tsv},
 * {@code signer-roles.txt}, {@code administrative-units.tsv}, {@code provinces.json}. Layouts found in
 * judged sets and converters' output are tested on their own lines in the {@code HeldOut*LayoutsTest},
 * {@code SampleLayoutsTest} and {@code ConverterLineShapesTest} classes.
 */
package io.vankien.meta;
