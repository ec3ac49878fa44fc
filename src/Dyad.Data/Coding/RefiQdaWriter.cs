using System.Globalization;
using System.Xml.Linq;

namespace Dyad.Data.Coding;

/// <summary>
/// Writes a <see cref="QdaProject"/> as the XML of <c>project.qde</c>, elements in the order the schema
/// (Project-mrt2019.xsd) demands. Pure: no database, no files.
/// </summary>
internal static class RefiQdaWriter
{
    private static readonly XNamespace Ns = RefiQdaConventions.Namespace;

    public static XDocument Write(QdaProject project) =>
        new(new XDeclaration("1.0", "utf-8", null),
            new XElement(Ns + "Project",
                new XAttribute("name", project.Name),
                Attribute("origin", project.Origin),
                Attribute("creatingUserGUID", project.CreatingUser),
                Attribute("creationDateTime", project.Created),
                project.Users.Count == 0 ? null : new XElement(Ns + "Users", project.Users.Select(User)),
                project.Codes.Count == 0 ? null : new XElement(Ns + "CodeBook", new XElement(Ns + "Codes", project.Codes.Select(Code))),
                project.Variables.Count == 0 ? null : new XElement(Ns + "Variables", project.Variables.Select(Variable)),
                project.TextSources.Count == 0 ? null : new XElement(Ns + "Sources", project.TextSources.Select(TextSource)),
                Text("Description", project.Description)));

    private static XElement User(QdaUser user) =>
        new(Ns + "User", new XAttribute("guid", user.Guid), new XAttribute("name", user.Name));

    private static XElement Code(QdaCode code) =>
        new(Ns + "Code",
            new XAttribute("guid", code.Guid),
            new XAttribute("name", code.Name),
            new XAttribute("isCodable", code.IsCodable ? "true" : "false"),
            Attribute("color", code.Color),
            Text("Description", code.Description),
            code.Children.Select(Code));

    private static XElement Variable(QdaVariable variable) =>
        new(Ns + "Variable",
            new XAttribute("guid", variable.Guid),
            new XAttribute("name", variable.Name),
            new XAttribute("typeOfVariable", variable.Type.ToString()),
            Text("Description", variable.Description));

    private static XElement TextSource(QdaTextSource source) =>
        new(Ns + "TextSource",
            new XAttribute("guid", source.Guid),
            Attribute("name", source.Name),
            Attribute("plainTextPath", source.PlainTextPath),
            Attribute("creatingUser", source.CreatingUser),
            Attribute("creationDateTime", source.Created),
            Text("Description", source.Description),
            Text("PlainTextContent", source.PlainTextContent),
            source.Selections.Select(Selection),
            source.Codings.Select(Coding),
            source.Values.Select(Value));

    private static XElement Selection(QdaSelection selection) =>
        new(Ns + "PlainTextSelection",
            new XAttribute("guid", selection.Guid),
            Attribute("name", selection.Name),
            new XAttribute("startPosition", selection.Start.ToString(CultureInfo.InvariantCulture)),
            new XAttribute("endPosition", selection.End.ToString(CultureInfo.InvariantCulture)),
            Attribute("creatingUser", selection.CreatingUser),
            selection.Codings.Select(Coding));

    private static XElement Coding(QdaCoding coding) =>
        new(Ns + "Coding",
            new XAttribute("guid", coding.Guid),
            Attribute("creatingUser", coding.CreatingUser),
            new XElement(Ns + "CodeRef", new XAttribute("targetGUID", coding.CodeGuid)));

    private static XElement Value(QdaVariableValue value) =>
        new(Ns + "VariableValue",
            new XElement(Ns + "VariableRef", new XAttribute("targetGUID", value.Variable.Guid)),
            new XElement(Ns + $"{value.Variable.Type}Value", value.Value));

    private static XElement? Text(string name, string? text) =>
        string.IsNullOrEmpty(text) ? null : new XElement(Ns + name, text);

    private static XAttribute? Attribute(string name, string? value) => value is null ? null : new XAttribute(name, value);

    private static XAttribute? Attribute(string name, Guid? value) => value is { } guid ? new XAttribute(name, guid) : null;

    private static XAttribute? Attribute(string name, DateTimeOffset? value) =>
        value is { } time ? new XAttribute(name, time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)) : null;
}
