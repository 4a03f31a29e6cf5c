/// Plans and runs pipelines: resolves the source, checks every stage's schema before reading a
/// row, then applies the stages in order.
public enum QueryEngine {
  /// The schema after each stage, without reading any row; throws at the first bad field.
  /// Stops after a stage whose columns come from the data (`pivot`): the stages after it are
  /// checked when they run.
  public static func schemas(of pipeline: Pipeline, in context: QueryContext) throws(QueryError)
    -> [Schema]
  {
    let source = try context.catalog.resolve(pipeline.source, in: context.sources)
    var schemas = [source.schema]
    for call in pipeline.stages {
      schemas.append(try call.stage.outputSchema(for: schemas.last!, in: context))
      if call.stage.schemaDependsOnData { break }
    }
    return schemas
  }

  public static func run(_ pipeline: Pipeline, in context: QueryContext) throws(QueryError) -> Table
  {
    _ = try schemas(of: pipeline, in: context)
    let source = try context.catalog.resolve(pipeline.source, in: context.sources)
    var table: Table
    do {
      if let source = source as? any FilteringSource {
        // The source may leave out what no stage keeps or reads; the stages still run.
        let request = SourceRequest(stages: pipeline.stages.map(\.stage), over: source.schema)
        table = try source.table(in: context.sources, request: request)
      } else {
        table = try source.table(in: context.sources)
      }
    } catch let e as QueryError { throw e } catch {
      throw QueryError("\(error)", at: pipeline.source.nameRange)
    }
    for call in pipeline.stages { table = try call.stage.apply(table, in: context) }
    return table
  }
}
