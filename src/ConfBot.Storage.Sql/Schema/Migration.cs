namespace ConfBot.Storage.Sql.Schema;

/// <summary>One step of the schema: applied once, in version order, recorded in <c>schema_version</c>.</summary>
/// <param name="Sql">One or more statements, run in the migration's transaction.</param>
internal sealed record Migration(int Version, string Description, string Sql);
