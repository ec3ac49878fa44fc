using Dyad.Core.Security;

namespace Dyad.Core.Tests.Security;

public class PasswordPolicyTests
{
    private static bool NothingCommon(string password) => false;

    [Theory]
    [InlineData("")]
    [InlineData("elevenchars")]
    public void A_password_under_twelve_characters_is_refused(string password) =>
        Assert.Contains("at least 12", PasswordPolicy.Problem(password, NothingCommon));

    [Fact]
    public void Length_alone_is_enough_without_digits_capitals_or_symbols() =>
        Assert.Null(PasswordPolicy.Problem("dyad demo passphrase", NothingCommon));

    [Fact]
    public void A_password_on_the_common_list_is_refused_whatever_its_length() =>
        Assert.Contains("most common", PasswordPolicy.Problem("a long but common one", p => p == "a long but common one"));

    [Fact]
    public void More_than_128_characters_is_refused() =>
        Assert.Contains("at most 128", PasswordPolicy.Problem(new string('x', 129), NothingCommon));
}

public class FileSignaturesTests
{
    [Theory]
    [InlineData(".pdf", "%PDF-1.7 ...", true)]
    [InlineData(".PDF", "%PDF-1.4", true)]
    [InlineData(".pdf", "<html><script>", false)]
    [InlineData(".docx", "PK\u0003\u0004word/", true)]
    [InlineData(".png", "GIF89a", false)]
    [InlineData(".txt", "minutes of the meeting", true)]
    [InlineData(".txt", "MZ\u0090\u0000\u0003", false)]
    [InlineData(".exe", "MZ", false)]
    public void The_first_bytes_must_fit_the_extension(string extension, string head, bool matches) =>
        Assert.Equal(matches, FileSignatures.Matches(extension, System.Text.Encoding.Latin1.GetBytes(head)));

    [Fact]
    public void A_png_is_known_by_its_eight_byte_signature() =>
        Assert.True(FileSignatures.Matches(".png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]));
}
