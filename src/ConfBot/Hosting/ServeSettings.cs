namespace ConfBot.Hosting;

/// <summary>What <c>confbot serve</c> was told on the command line.</summary>
/// <param name="Urls">Where Kestrel listens, e.g. <c>http://127.0.0.1:5000</c> (semicolon-separated for several); null leaves it to ASP.NET Core's settings.</param>
/// <param name="Notes">Overrides <c>ConfBot:Notes:Directory</c> when given.</param>
internal sealed record ServeSettings(string? Urls, string? Notes = null);
